#pragma once
// Builds the main window's menus (File, Edit, Navigate, View, Samples, Tools, Help) from the
// window's public operations, so MainWindow itself stays about files and the snapshot.

class QMenu;

namespace awaitscope {

class MainWindow;
class RecentFiles;

class MenuBuilder {
  public:
    explicit MenuBuilder(MainWindow* window) : m_window(window) {}
    /// Returns the recent-files list that lives in the File menu.
    RecentFiles* build();

  private:
    RecentFiles* buildFileMenu();
    void buildEditMenu();
    void buildNavigateMenu();
    void buildViewMenu();
    void buildSamplesMenu();
    void buildToolsMenu();
    void buildHelpMenu();

    MainWindow* m_window;
};

} // namespace awaitscope
