package dev.stagecraft.facts;

import java.nio.charset.StandardCharsets;

/** A small file read out of the image because checks want its content (/etc/passwd, ...). */
public record CapturedFile(String path, byte[] content, boolean truncated) {

  public String text() {
    return new String(content, StandardCharsets.UTF_8);
  }
}
