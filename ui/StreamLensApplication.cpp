// SPDX-License-Identifier: MIT
#include "StreamLensApplication.h"

#include "MainWindow.h"
#include "data/DataController.h"
#include "present/PresentationController.h"
#include "settings/AppSettings.h"
#include "store/SqliteStore.h"
#include "style/Appearance.h"

#include <QApplication>
#include <QCommandLineParser>

namespace streamlens::ui {

int runDesktopApplication(int argc, char** argv)
{
    QApplication app(argc, argv);
    // Theme, language and font scale before the first widget exists, so nothing is built
    // twice.
    applyAppearanceFromSettings();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "StreamLens: video streaming QoE analysis. Without a command it starts the "
                "desktop application; `streamlens help` lists the commands."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        "db", QApplication::translate("main", "Store file to open (default: the embedded store)."),
        "STORE");
    const QCommandLineOption demoOption(
        "demo", QApplication::translate("main", "Create demo data when the store is empty "
                                                "(the default for the embedded store)."));
    const QCommandLineOption noDemoOption(
        "no-demo", QApplication::translate("main", "Never create demo data."));
    const QCommandLineOption presentOption(
        "present", QApplication::translate("main", "Start in presentation mode (full screen, "
                                                   "larger type; Esc leaves)."));
    parser.addOptions({dbOption, demoOption, noDemoOption, presentOption});
    parser.process(app);

    const bool customStore = parser.isSet(dbOption);
    // The embedded store is the one named in the settings (the default path until changed).
    QString embedded = settings::AppSettings::load().sqlitePath;
    if (embedded.isEmpty())
        embedded = QString::fromStdString(store::SqliteStore::defaultPath());
    const QString path = customStore ? parser.value(dbOption) : embedded;
    // Demo data goes only into the embedded store unless asked for: a path the user named
    // is never filled with synthetic rows behind their back.
    const bool createDemo =
        !parser.isSet(noDemoOption) && (!customStore || parser.isSet(demoOption));

    DataController data;
    MainWindow window(&data);
    window.restoreSession();
    window.show();
    if (parser.isSet(presentOption))
        window.presentation()->enter();
    data.openStore(path, createDemo);
    return app.exec();
}

} // namespace streamlens::ui
