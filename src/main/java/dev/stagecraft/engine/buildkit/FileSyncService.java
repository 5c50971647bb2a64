package dev.stagecraft.engine.buildkit;

import com.google.protobuf.ByteString;
import dev.stagecraft.engine.buildkit.wire.FileSyncGrpc;
import dev.stagecraft.engine.buildkit.wire.Packet;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Serves directories to the engine with fsutil's DiffCopy protocol: we send one STAT packet per
 * entry and an empty STAT to end the walk; the engine asks for the files it lacks by entry number
 * (REQ), each answered by DATA packets and an empty DATA; it ends with FIN, which we echo.
 */
final class FileSyncService extends FileSyncGrpc.FileSyncImplBase {

  static final Metadata.Key<String> DIR_NAME =
      Metadata.Key.of("dir-name", Metadata.ASCII_STRING_MARSHALLER);
  static final Metadata.Key<String> INCLUDE =
      Metadata.Key.of("include-patterns", Metadata.ASCII_STRING_MARSHALLER);
  static final Metadata.Key<String> EXCLUDE =
      Metadata.Key.of("exclude-patterns", Metadata.ASCII_STRING_MARSHALLER);
  static final Metadata.Key<String> FOLLOW =
      Metadata.Key.of("followpaths", Metadata.ASCII_STRING_MARSHALLER);

  private static final int CHUNK = 32 * 1024;

  private final Map<String, SyncedDir> dirs;

  FileSyncService(Map<String, SyncedDir> dirs) {
    this.dirs = Map.copyOf(dirs);
  }

  @Override
  public StreamObserver<Packet> diffCopy(StreamObserver<Packet> out) {
    Metadata headers = RequestHeaders.current();
    String name = Optional.ofNullable(headers.get(DIR_NAME)).orElse("");
    SyncedDir dir = dirs.get(name);
    if (dir == null) {
      out.onError(Status.NOT_FOUND.withDescription("no directory named " + name).asException());
      return new Ignoring();
    }
    List<String> include = new java.util.ArrayList<>(all(headers, INCLUDE));
    include.addAll(all(headers, FOLLOW));
    List<SyncedDir.Entry> entries;
    try {
      entries = dir.entries(new SyncedDir.Selection(include, all(headers, EXCLUDE)));
    } catch (IOException | RuntimeException e) {
      out.onError(
          Status.UNAVAILABLE.withDescription("cannot read " + name + ": " + e).asException());
      return new Ignoring();
    }
    for (SyncedDir.Entry entry : entries) {
      out.onNext(
          Packet.newBuilder().setType(Packet.PacketType.PACKET_STAT).setStat(entry.stat()).build());
    }
    out.onNext(Packet.newBuilder().setType(Packet.PacketType.PACKET_STAT).build());
    return new Requests(entries, out);
  }

  private static List<String> all(Metadata headers, Metadata.Key<String> key) {
    Iterable<String> values = headers.getAll(key);
    List<String> list = new java.util.ArrayList<>();
    if (values != null) {
      values.forEach(list::add);
    }
    return list;
  }

  /** The engine's side of one transfer: file requests, then FIN. */
  private static final class Requests implements StreamObserver<Packet> {
    private final List<SyncedDir.Entry> entries;
    private final StreamObserver<Packet> out;
    private boolean done;

    Requests(List<SyncedDir.Entry> entries, StreamObserver<Packet> out) {
      this.entries = entries;
      this.out = out;
    }

    @Override
    public void onNext(Packet packet) {
      switch (packet.getType()) {
        case PACKET_REQ -> send(packet.getID());
        case PACKET_FIN -> {
          out.onNext(Packet.newBuilder().setType(Packet.PacketType.PACKET_FIN).build());
          finish();
        }
        case PACKET_ERR -> finish();
        default -> {
          // Hash requests are not part of a context transfer; nothing else is sent to us.
        }
      }
    }

    private void send(int id) {
      Optional<java.nio.file.Path> file =
          id >= 0 && id < entries.size() ? entries.get(id).file() : Optional.empty();
      if (file.isEmpty()) {
        out.onError(Status.INVALID_ARGUMENT.withDescription("no file " + id).asException());
        done = true;
        return;
      }
      byte[] buffer = new byte[CHUNK];
      try (InputStream in = Files.newInputStream(file.get())) {
        int n;
        while ((n = in.readNBytes(buffer, 0, CHUNK)) > 0) {
          out.onNext(
              Packet.newBuilder()
                  .setType(Packet.PacketType.PACKET_DATA)
                  .setID(id)
                  .setData(ByteString.copyFrom(buffer, 0, n))
                  .build());
        }
      } catch (IOException e) {
        out.onNext(
            Packet.newBuilder()
                .setType(Packet.PacketType.PACKET_ERR)
                .setData(ByteString.copyFromUtf8("cannot read " + file.get() + ": " + e))
                .build());
      }
      out.onNext(Packet.newBuilder().setType(Packet.PacketType.PACKET_DATA).setID(id).build());
    }

    private void finish() {
      if (!done) {
        done = true;
        out.onCompleted();
      }
    }

    @Override
    public void onError(Throwable t) {
      done = true;
    }

    @Override
    public void onCompleted() {
      finish();
    }
  }

  private static final class Ignoring implements StreamObserver<Packet> {
    @Override
    public void onNext(Packet value) {}

    @Override
    public void onError(Throwable t) {}

    @Override
    public void onCompleted() {}
  }
}
