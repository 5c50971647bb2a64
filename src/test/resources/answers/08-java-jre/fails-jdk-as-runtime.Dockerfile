# expect: fail final-base, toolchain-absent, smaller-than-starter
# Two stages and a user, but the runtime stage is the JDK again: javac and jar ship.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY *.java ./
RUN javac -d classes *.java && jar --create --file app.jar --main-class app.Main -C classes .

FROM eclipse-temurin:17-jdk AS runtime
RUN useradd --uid 10001 app
COPY --from=build /src/app.jar /app/app.jar
USER app
CMD ["java", "-jar", "/app/app.jar"]
