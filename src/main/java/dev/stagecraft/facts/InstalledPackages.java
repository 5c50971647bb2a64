package dev.stagecraft.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The OS packages an image's package databases list: Debian's dpkg status and Alpine's apk
 * database. Images without either (scratch, distroless static) have none.
 */
public record InstalledPackages(String manager, List<String> names) {

  public static final String DPKG_STATUS = "/var/lib/dpkg/status";
  public static final String APK_INSTALLED = "/lib/apk/db/installed";

  /** Reads whichever database the image has; empty when it has none. */
  public static Optional<InstalledPackages> of(ImageFacts image) {
    Optional<CapturedFile> dpkg = image.captured(DPKG_STATUS);
    if (dpkg.isPresent()) {
      return Optional.of(new InstalledPackages("dpkg", parseDpkgStatus(dpkg.get().text())));
    }
    return image
        .captured(APK_INSTALLED)
        .map(apk -> new InstalledPackages("apk", parseApkInstalled(apk.text())));
  }

  /** Packages whose status says they are installed (removed ones keep a stanza too). */
  static List<String> parseDpkgStatus(String status) {
    List<String> names = new ArrayList<>();
    String name = null;
    boolean installed = false;
    for (String line : (status + "\n\n").split("\n", -1)) {
      if (line.isBlank()) {
        if (name != null && installed) {
          names.add(name);
        }
        name = null;
        installed = false;
      } else if (line.startsWith("Package:")) {
        name = line.substring("Package:".length()).trim();
      } else if (line.startsWith("Status:")) {
        installed = line.trim().endsWith(" installed");
      }
    }
    return List.copyOf(names);
  }

  static List<String> parseApkInstalled(String db) {
    List<String> names = new ArrayList<>();
    for (String line : db.split("\n")) {
      if (line.startsWith("P:")) {
        names.add(line.substring(2).trim());
      }
    }
    return List.copyOf(names);
  }

  public int count() {
    return names.size();
  }
}
