dep
