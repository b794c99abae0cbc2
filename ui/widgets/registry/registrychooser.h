// Picks a person or a place for a passage: a searchable list of the registry (for places also
// the gazetteer's entries not yet in the library), or a new entry with its aliases.
#pragma once

#include "registry/registryentries.h"

#include <QDialog>

class QComboBox;
class QGroupBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace parallax {

class RegistryChooser final : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        Person,
        Place
    };

    // spelling is the passage's text: it filters the list and is offered as the new name.
    // allowNone adds an "unknown" choice (a quotation without a speaker).
    RegistryChooser(Kind kind, QList<RegistryEntry> entries, const QString &spelling,
                    bool allowNone, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RegistryChooser)

    // After acceptance: a new entry, an existing one, or (when allowed) nobody.
    bool createsNew() const;
    bool choseNone() const;
    const RegistryEntry *chosen() const;
    // The new entry: name, aliases and (for a place) its kind.
    RegistryEntry newEntry() const;

private:
    void refilter();
    void updateOk();

    Kind m_kind;
    QList<RegistryEntry> m_entries;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QGroupBox *m_new = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_placeKind = nullptr;
    QLineEdit *m_aliases = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace parallax
