// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace streamlens::ui {

// Where connection passwords live: the system keyring (QtKeychain: Secret Service, KWallet,
// macOS Keychain, Windows Credential Store) under service "StreamLens", key = connection
// name. When no keyring answers (a headless machine has no Secret Service), passwords are
// kept in memory for this run only and asked again next time, with the reason. A password
// is never written to QSettings: QtKeychain's plain-text fallback stays off.
class PasswordVault : public QObject {
    Q_OBJECT
public:
    enum class Backend {
        SystemKeyring, // the keyring while it works, then memory for the rest of the run
        SessionOnly,   // memory only (tests, or a machine known to have no keyring)
    };
    using PasswordCallback = std::function<void(std::optional<QString> password)>;
    // Asks the user for a password; `why` explains why it is asked. nullopt = cancelled.
    using Prompt = std::function<std::optional<QString>(const QString& connection,
                                                        const QString& why, QWidget* parent)>;

    static QString defaultService() { return QStringLiteral("StreamLens"); }

    explicit PasswordVault(QObject* parent = nullptr);
    PasswordVault(Backend backend, const QString& service, QObject* parent = nullptr);

    // The stored password, or nullopt when there is none; never asks the user.
    void lookup(const QString& connection, PasswordCallback done);
    // lookup(), and when nothing is stored asks the user (prompt) and keeps the answer for
    // the session. Used when a password is needed to connect.
    void obtain(const QString& connection, QWidget* parent, PasswordCallback done);
    // Stores in the keyring, or in memory when the keyring is unavailable; done(true) when
    // the password will still be there after a restart.
    void store(const QString& connection, const QString& password,
               std::function<void(bool persistent)> done = {});
    void forget(const QString& connection);

    // False once the keyring failed (or for SessionOnly); keyringProblem() says why.
    bool keyringAvailable() const { return m_keyringProblem.isEmpty(); }
    QString keyringProblem() const { return m_keyringProblem; }
    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }
    // Forgets every session password of this service (tests).
    void clearSession();

signals:
    // Emitted once, when the keyring turns out not to work.
    void keyringUnavailable(const QString& reason);

private:
    QHash<QString, QString>& session();
    void markKeyringUnavailable(const QString& reason);
    std::optional<QString> askUser(const QString& connection, QWidget* parent);

    QString m_service;
    QString m_keyringProblem;
    Prompt m_prompt;
};

} // namespace streamlens::ui
