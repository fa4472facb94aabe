// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CommandContext.h"

#include <QString>

#include <functional>
#include <vector>

namespace streamlens::cli {

struct Command {
    QString name;
    QString summary;
    std::function<int(CommandContext&)> run;
    // Commands that render widgets need a QApplication instead of a QCoreApplication.
    bool needsGui = false;
};

// The commands of the `streamlens` binary. Core registers the headless ones; the GUI library
// adds those that render (screenshot, export-chart, report) before the CLI runs.
class CommandRegistry {
public:
    static CommandRegistry& instance();

    void add(Command command);
    const Command* find(const QString& name) const;
    const std::vector<Command>& commands() const { return m_commands; }

private:
    CommandRegistry();
    std::vector<Command> m_commands;
};

// Runs `streamlens <command> args...`; args[0] is the command name. Prints usage for
// `help`, `--help` and unknown commands.
int runCommandLine(const QStringList& args, std::ostream& out, std::ostream& err);

} // namespace streamlens::cli
