package dev.stagecraft.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InstalledPackagesTest {

  @Test
  void dpkgCountsOnlyInstalledPackages() {
    String status =
        """
        Package: gcc-12
        Status: install ok installed
        Version: 12.2.0

        Package: old-thing
        Status: deinstall ok config-files

        Package: make
        Status: install ok installed
        """;
    assertThat(InstalledPackages.parseDpkgStatus(status)).containsExactly("gcc-12", "make");
  }

  @Test
  void apkNamesComeFromPLines() {
    String db = "C:Q1abc\nP:musl\nV:1.2\n\nC:Q1def\nP:busybox\nV:1.36\n";
    assertThat(InstalledPackages.parseApkInstalled(db)).containsExactly("musl", "busybox");
  }
}
