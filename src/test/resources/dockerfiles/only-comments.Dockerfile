# nothing but comments

# here
