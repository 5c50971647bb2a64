package dev.stagecraft.engine.buildkit;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;

/**
 * Hands each call's request headers to its service: BuildKit says which directory it wants, and
 * which paths in it, in the headers of a DiffCopy call.
 */
final class RequestHeaders implements ServerInterceptor {

  private static final Context.Key<Metadata> HEADERS = Context.key("stagecraft-request-headers");

  static Metadata current() {
    Metadata headers = HEADERS.get();
    return headers == null ? new Metadata() : headers;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    return Contexts.interceptCall(
        Context.current().withValue(HEADERS, headers), call, headers, next);
  }
}
