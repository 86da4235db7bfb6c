#pragma once

#include "ConnectionProfileStore.h"
#include "OwnWork.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace kumiko::ui {

class PasswordVault;

/// Chooses the database: saved profiles (password in the keychain), a new one, or the embedded database.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(QWidget* parent = nullptr);
    /// Waits for its running background work, whose result is delivered through this object.
    ~ConnectionDialog() override;

    /// After accept(): the chosen server, or nullopt for the embedded database.
    std::optional<db::ConnectionSettings> chosenSettings() const { return m_chosen; }
    /// Name of the chosen profile (empty for the embedded database).
    QString chosenProfile() const { return m_chosenProfile; }

private:
    void reloadProfiles(const QString& select = {});
    void showProfile(int row);
    ConnectionProfile profileFromForm() const;
    void newProfile();
    void saveProfile();
    void deleteProfile();
    void testConnection();
    void connectToProfile();
    void useEmbedded();
    void setStatus(const QString& text, bool good);
    void retranslateUi();

    PasswordVault* m_vault;
    QListWidget* m_profiles;
    QLineEdit* m_name;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_sslMode;
    QLabel* m_status;
    QPushButton* m_new;
    QPushButton* m_save;
    QPushButton* m_delete;
    QPushButton* m_test;
    QPushButton* m_embedded;
    QPushButton* m_connect;
    QPushButton* m_cancel;
    QLabel* m_labels[7];
    std::optional<db::ConnectionSettings> m_chosen;
    QString m_chosenProfile;
    OwnWork m_work;
};

} // namespace kumiko::ui
