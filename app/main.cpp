// SPDX-License-Identifier: MIT
// One binary: `streamlens <command> ...` runs headless; no command starts the desktop app.
#include "cli/CommandRegistry.h"

#include <QCoreApplication>
#include <QStringList>

#include <iostream>
#include <memory>

#ifdef STREAMLENS_WITH_GUI
#include "StreamLensApplication.h"
#include "cli/GuiCommands.h"

#include <QApplication>
#endif

#ifdef STREAMLENS_WITH_GUI
namespace {
// The GUI takes options (--db, --present), never a command word.
bool wantsCommandLine(int argc, char** argv)
{
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    return !first.startsWith(QLatin1String("--")) || first == QLatin1String("--help") ||
           first == QLatin1String("--version");
}
} // namespace
#endif

int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("StreamLens"));
    QCoreApplication::setApplicationName(QStringLiteral("StreamLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STREAMLENS_VERSION));
    std::unique_ptr<QCoreApplication> app;
#ifdef STREAMLENS_WITH_GUI
    if (!wantsCommandLine(argc, argv))
        return streamlens::ui::runDesktopApplication(argc, argv);
    streamlens::ui::registerGuiCommands();
    const auto* command =
        streamlens::cli::CommandRegistry::instance().find(QString::fromLocal8Bit(argv[1]));
    if (command && command->needsGui)
        app = std::make_unique<QApplication>(argc, argv);
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return streamlens::cli::runCommandLine(args, std::cout, std::cerr);
}
