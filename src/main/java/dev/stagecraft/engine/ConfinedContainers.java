package dev.stagecraft.engine;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ports;
import java.util.Optional;

/**
 * Creates (never starts) the containers stagecraft runs learners' images in: labelled for clean-up,
 * with the request's memory and process limits, and with a network only when asked for.
 */
final class ConfinedContainers {

  private ConfinedContainers() {}

  /**
   * @param loopbackPort a container port to publish on 127.0.0.1 (the engine picks the host port);
   *     publishing needs a network, so the container gets one even if the request has none
   */
  static String create(
      EngineConnection connection,
      SessionResources session,
      RunRequest request,
      Optional<Integer> loopbackPort)
      throws EngineException {
    boolean network = !request.networkDisabled() || loopbackPort.isPresent();
    HostConfig host =
        HostConfig.newHostConfig()
            .withMemory(request.memoryBytes())
            .withMemorySwap(request.memoryBytes())
            .withPidsLimit(request.pidsLimit())
            .withNetworkMode(network ? "bridge" : "none");
    CreateContainerCmd cmd =
        connection
            .client
            .createContainerCmd(request.image())
            .withLabels(session.labels())
            .withEnv(request.env());
    if (loopbackPort.isPresent()) {
      ExposedPort port = ExposedPort.tcp(loopbackPort.get());
      Ports bindings = new Ports();
      // Port 0 lets the engine pick a free port; 127.0.0.1 keeps the app off the network.
      bindings.bind(port, Ports.Binding.bindIpAndPort("127.0.0.1", 0));
      host.withPortBindings(bindings);
      cmd.withExposedPorts(port);
    }
    cmd.withHostConfig(host);
    request.command().ifPresent(cmd::withCmd);
    request.entrypoint().ifPresent(cmd::withEntrypoint);
    request.user().ifPresent(cmd::withUser);
    try {
      return session.track(cmd.exec().getId());
    } catch (NotFoundException e) {
      throw new EngineException("No image " + request.image() + " in the Docker engine.", e);
    } catch (DockerException e) {
      throw new EngineException(
          "Cannot create a container of " + request.image() + ": " + ImageBuilder.engineMessage(e),
          e);
    }
  }
}
