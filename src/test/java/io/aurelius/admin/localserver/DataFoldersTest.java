package io.aurelius.admin.localserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFoldersTest {

    private static final Path HOME = Path.of("/home/ada");

    @Test
    void linuxFollowsXdg() {
        assertThat(DataFolders.serverHome("Linux", Map.of(), HOME))
                .isEqualTo(Path.of("/home/ada/.local/share/aurelius-admin/postgres"));
        assertThat(DataFolders.serverHome("Linux", Map.of("XDG_DATA_HOME", "/data/ada"), HOME))
                .isEqualTo(Path.of("/data/ada/aurelius-admin/postgres"));
        assertThat(DataFolders.serverHome("Linux", Map.of("XDG_DATA_HOME", "relative"), HOME))
                .as("the XDG spec says relative paths are invalid")
                .isEqualTo(Path.of("/home/ada/.local/share/aurelius-admin/postgres"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(DataFolders.serverHome("Mac OS X", Map.of(), Path.of("/Users/ada")))
                .isEqualTo(Path.of("/Users/ada/Library/Application Support/AURELIUS Admin/postgres"));
    }

    @Test
    void theVariableWinsEverywhere() {
        Map<String, String> env = Map.of("AURELIUS_ADMIN_HOME", "/srv/aurelius", "XDG_DATA_HOME", "/data/ada");
        assertThat(DataFolders.serverHome("Linux", env, HOME)).isEqualTo(Path.of("/srv/aurelius/postgres"));
        assertThat(DataFolders.serverHome("Mac OS X", env, HOME)).isEqualTo(Path.of("/srv/aurelius/postgres"));
        assertThat(LocalServer.defaultHome(env, "Linux", HOME)).isEqualTo(Path.of("/srv/aurelius/postgres"));
    }
}
