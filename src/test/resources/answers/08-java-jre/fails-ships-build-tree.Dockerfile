# expect: fail no-source-files
# A JRE and a user, but the whole build folder came along: sources and loose classes beside the jar.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN javac -d classes *.java && jar --create --file app.jar --main-class app.Main -C classes .

FROM eclipse-temurin:17-jre
COPY --from=build /src /app
RUN useradd --uid 10001 app
USER app
CMD ["java", "-jar", "/app/app.jar"]
