# expect: pass
# Compiles with the JDK inside the Maven image (no Maven needed for two classes), writes the
# manifest by hand, and runs as a bare uid with the jar passed to CMD.
FROM maven:3.9-eclipse-temurin-17 AS compile
WORKDIR /build
COPY Main.java Greeter.java ./
RUN mkdir out \
 && javac -d out Main.java Greeter.java \
 && printf 'Main-Class: app.Main\n' > manifest.txt \
 && jar cfm greeter.jar manifest.txt -C out .

FROM eclipse-temurin:17-jre
COPY --from=compile /build/greeter.jar /opt/greeter/greeter.jar
USER 10001:10001
CMD ["java", "-jar", "/opt/greeter/greeter.jar"]
