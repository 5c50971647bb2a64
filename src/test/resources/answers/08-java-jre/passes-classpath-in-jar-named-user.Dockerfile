# expect: pass
# Another layout: build under /app, run with -cp and the main class instead of -jar, as a user
# made with groupadd and useradd.
FROM eclipse-temurin:17-jdk AS jdk
WORKDIR /app
COPY . .
RUN javac -d classes *.java && jar --create --file lib.jar -C classes .

FROM eclipse-temurin:17-jre AS run
RUN groupadd --gid 2000 java && useradd --uid 2000 --gid java --no-create-home java
WORKDIR /srv
COPY --from=jdk /app/lib.jar /srv/lib.jar
USER java
ENTRYPOINT ["java", "-cp", "/srv/lib.jar", "app.Main"]
