# expect: fail non-root-user, runs
# Right stages, right jar, but USER appuser names a user the JRE image does not have.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY *.java ./
RUN javac -d classes *.java && jar --create --file app.jar --main-class app.Main -C classes .

FROM eclipse-temurin:17-jre
COPY --from=build /src/app.jar /app/app.jar
USER appuser
CMD ["java", "-jar", "/app/app.jar"]
