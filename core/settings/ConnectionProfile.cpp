// SPDX-License-Identifier: MIT
#include "settings/ConnectionProfile.h"

namespace streamlens::settings {

QStringList ConnectionProfile::problems() const
{
    QStringList out;
    const QString label =
        name.trimmed().isEmpty() ? tr("A connection") : tr("Connection \"%1\"").arg(name);
    if (name.trimmed().isEmpty())
        out << tr("A connection has no name.");
    else if (name != name.trimmed())
        out << tr("%1: the name must not begin or end with spaces.").arg(label);
    if (host.trimmed().isEmpty())
        out << tr("%1: the host is empty.").arg(label);
    if (port < 1 || port > 65535)
        out << tr("%1: the port must be between 1 and 65535 (it is %2).").arg(label).arg(port);
    if (database.trimmed().isEmpty())
        out << tr("%1: the database name is empty.").arg(label);
    if (user.trimmed().isEmpty())
        out << tr("%1: the user name is empty.").arg(label);
    return out;
}

} // namespace streamlens::settings
