package dev.stagecraft.engine.buildkit;

import com.google.protobuf.ByteString;
import dev.stagecraft.engine.buildkit.wire.AuthGrpc;
import dev.stagecraft.engine.buildkit.wire.CredentialsRequest;
import dev.stagecraft.engine.buildkit.wire.CredentialsResponse;
import dev.stagecraft.engine.buildkit.wire.GetSecretRequest;
import dev.stagecraft.engine.buildkit.wire.GetSecretResponse;
import dev.stagecraft.engine.buildkit.wire.HealthCheckRequest;
import dev.stagecraft.engine.buildkit.wire.HealthCheckResponse;
import dev.stagecraft.engine.buildkit.wire.HealthGrpc;
import dev.stagecraft.engine.buildkit.wire.SecretsGrpc;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.Map;

/** The small services of a session: health, registry credentials (none) and build secrets. */
final class SessionServices {

  private SessionServices() {}

  /** The engine checks the session's health every few seconds and drops it when unanswered. */
  static final class Health extends HealthGrpc.HealthImplBase {
    @Override
    public void check(HealthCheckRequest request, StreamObserver<HealthCheckResponse> response) {
      response.onNext(
          HealthCheckResponse.newBuilder()
              .setStatus(HealthCheckResponse.ServingStatus.SERVING)
              .build());
      response.onCompleted();
    }
  }

  /** No registry credentials: stagecraft never logs in, and builds use local images. */
  static final class Auth extends AuthGrpc.AuthImplBase {
    @Override
    public void credentials(
        CredentialsRequest request, StreamObserver<CredentialsResponse> response) {
      response.onNext(CredentialsResponse.getDefaultInstance());
      response.onCompleted();
    }
  }

  /** The build's secrets, by id; an unknown id is NOT_FOUND, as the docker CLI answers. */
  static final class Secrets extends SecretsGrpc.SecretsImplBase {
    private final Map<String, byte[]> secrets;

    Secrets(Map<String, byte[]> secrets) {
      this.secrets = Map.copyOf(secrets);
    }

    @Override
    public void getSecret(GetSecretRequest request, StreamObserver<GetSecretResponse> response) {
      byte[] value = secrets.get(request.getID());
      if (value == null) {
        response.onError(
            Status.NOT_FOUND
                .withDescription("secret " + request.getID() + " not found")
                .asException());
        return;
      }
      response.onNext(GetSecretResponse.newBuilder().setData(ByteString.copyFrom(value)).build());
      response.onCompleted();
    }
  }
}
