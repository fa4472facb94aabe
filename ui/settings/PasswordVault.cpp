// SPDX-License-Identifier: MIT
#include "settings/PasswordVault.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QPointer>
#include <qt6keychain/keychain.h>

namespace streamlens::ui {

namespace {
// Errors that mean "there is no usable keyring", as opposed to "no entry for this key".
bool keyringBroken(QKeychain::Error error)
{
    return error != QKeychain::NoError && error != QKeychain::EntryNotFound;
}

// QtKeychain's own texts are often just "Unknown error" (no D-Bus session, no Secret
// Service): the reason shown names the situation instead.
QString reasonFor(const QKeychain::Job* job)
{
    switch (job->error()) {
    case QKeychain::AccessDeniedByUser:
        return PasswordVault::tr("access to the keyring was declined");
    case QKeychain::AccessDenied:
        return PasswordVault::tr("access to the keyring was denied");
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return PasswordVault::tr("no keyring service is installed");
    default:
        break;
    }
    const QString detail = job->errorString();
    if (detail.isEmpty() || detail == QLatin1String("Unknown error"))
        return PasswordVault::tr("no keyring service such as GNOME Keyring or KWallet answered");
    return detail;
}

std::optional<QString> askWithDialog(const QString& connection, const QString& why, QWidget* parent)
{
    bool ok = false;
    const QString text = QInputDialog::getText(
        parent, PasswordVault::tr("Password for \"%1\"").arg(connection),
        why + QStringLiteral("\n\n") +
            PasswordVault::tr("Password for the connection \"%1\":").arg(connection),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return text;
}
} // namespace

PasswordVault::PasswordVault(QObject* parent)
    : PasswordVault(Backend::SystemKeyring, defaultService(), parent)
{
}

PasswordVault::PasswordVault(Backend backend, const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_prompt(askWithDialog)
{
    if (backend == Backend::SessionOnly)
        m_keyringProblem = tr("switched off for this session");
}

QHash<QString, QString>& PasswordVault::session()
{
    // Shared by every vault of the process, so a dialog opened again finds what an earlier
    // one stored; it dies with the process, which is the point.
    static QHash<QString, QHash<QString, QString>> perService;
    return perService[m_service];
}

void PasswordVault::clearSession()
{
    session().clear();
}

void PasswordVault::markKeyringUnavailable(const QString& reason)
{
    if (!m_keyringProblem.isEmpty())
        return;
    m_keyringProblem = reason.isEmpty() ? tr("no keyring service answered") : reason;
    emit keyringUnavailable(m_keyringProblem);
}

void PasswordVault::lookup(const QString& connection, PasswordCallback done)
{
    if (const auto it = session().constFind(connection); it != session().constEnd()) {
        done(*it);
        return;
    }
    if (!keyringAvailable()) {
        done(std::nullopt);
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(connection);
    connect(job, &QKeychain::Job::finished, this,
            [this, connection, done = std::move(done)](QKeychain::Job* finished) {
                auto* read = static_cast<QKeychain::ReadPasswordJob*>(finished);
                if (read->error() == QKeychain::NoError) {
                    session().insert(connection, read->textData());
                    done(read->textData());
                    return;
                }
                if (keyringBroken(read->error()))
                    markKeyringUnavailable(reasonFor(read));
                done(std::nullopt);
            });
    job->start();
}

void PasswordVault::obtain(const QString& connection, QWidget* parent, PasswordCallback done)
{
    QPointer<QWidget> guard(parent);
    lookup(connection,
           [this, connection, guard, parent, done = std::move(done)](std::optional<QString> found) {
               if (found) {
                   done(found);
                   return;
               }
               if (parent && !guard) {
                   done(std::nullopt);
                   return;
               }
               const auto answer = askUser(connection, parent);
               if (answer)
                   session().insert(connection, *answer);
               done(answer);
           });
}

std::optional<QString> PasswordVault::askUser(const QString& connection, QWidget* parent)
{
    const QString why =
        keyringAvailable()
            ? tr("No password is stored for this connection.")
            : tr("The system keyring is not available (%1). StreamLens keeps passwords only "
                 "until it quits and asks for them once per session.")
                  .arg(m_keyringProblem);
    return m_prompt ? m_prompt(connection, why, parent) : std::nullopt;
}

void PasswordVault::store(const QString& connection, const QString& password,
                          std::function<void(bool persistent)> done)
{
    session().insert(connection, password);
    if (!keyringAvailable()) {
        if (done)
            done(false);
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(connection);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this,
            [this, done = std::move(done)](QKeychain::Job* finished) {
                const bool ok = finished->error() == QKeychain::NoError;
                if (!ok)
                    markKeyringUnavailable(reasonFor(finished));
                if (done)
                    done(ok);
            });
    job->start();
}

void PasswordVault::forget(const QString& connection)
{
    session().remove(connection);
    if (!keyringAvailable())
        return;
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(connection);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job* finished) {
        if (keyringBroken(finished->error()) && finished->error() != QKeychain::CouldNotDeleteEntry)
            markKeyringUnavailable(reasonFor(finished));
    });
    job->start();
}

} // namespace streamlens::ui
