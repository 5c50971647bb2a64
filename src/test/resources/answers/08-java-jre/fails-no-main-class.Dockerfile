# expect: fail runs
# Small and tidy, but the jar was packed without a Main-Class: java -jar has nothing to start.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY *.java ./
RUN javac -d classes *.java && jar --create --file app.jar -C classes .

FROM eclipse-temurin:17-jre
COPY --from=build /src/app.jar /app/app.jar
USER 10001
CMD ["java", "-jar", "/app/app.jar"]
