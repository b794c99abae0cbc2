#include "registry/registrychooser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

constexpr int kEntryRole = Qt::UserRole + 1; // index into m_entries, -1 for "unknown"
constexpr int kNone = -1;

} // namespace

RegistryChooser::RegistryChooser(Kind kind, QList<RegistryEntry> entries, const QString &spelling,
                                 bool allowNone, QWidget *parent)
    : QDialog(parent), m_kind(kind), m_entries(std::move(entries))
{
    const bool person = kind == Kind::Person;
    setWindowTitle(person ? tr("Set Speaker") : tr("Mark as Place"));
    setObjectName(person ? u"personChooser"_s : u"placeChooser"_s);

    m_filter = new QLineEdit;
    m_filter->setObjectName(u"registryFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(person ? tr("Find a person by name or alias")
                                        : tr("Find a place by name or spelling"));
    m_filter->setAccessibleName(m_filter->placeholderText());
    m_list = new QListWidget;
    m_list->setObjectName(u"registryList"_s);
    m_list->setAccessibleName(person ? tr("People") : tr("Places"));
    if (allowNone) {
        auto *none = new QListWidgetItem(tr("(unknown speaker)"), m_list);
        none->setData(kEntryRole, kNone);
    }
    for (int i = 0; i < m_entries.size(); ++i) {
        const RegistryEntry &entry = m_entries.at(i);
        QString text =
            entry.detail.isEmpty() ? entry.name : u"%1 — %2"_s.arg(entry.name, entry.detail);
        if (entry.fromGazetteer)
            text += tr(" (gazetteer)");
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(kEntryRole, i);
        if (!entry.aliases.isEmpty())
            item->setToolTip(tr("Also: %1").arg(entry.aliases.mid(0, 12).join(u", "_s)));
    }

    m_new = new QGroupBox(person ? tr("New person") : tr("New place"));
    m_new->setObjectName(u"registryNew"_s);
    m_new->setCheckable(true);
    m_new->setChecked(false);
    m_name = new QLineEdit(spelling.simplified());
    m_name->setObjectName(u"registryNewName"_s);
    m_aliases = new QLineEdit;
    m_aliases->setObjectName(u"registryNewAliases"_s);
    m_aliases->setPlaceholderText(tr("Other spellings, separated by commas"));
    auto *form = new QFormLayout(m_new);
    form->addRow(tr("&Name:"), m_name);
    if (!person) {
        m_placeKind = new QComboBox;
        m_placeKind->setObjectName(u"registryNewKind"_s);
        m_placeKind->addItem(tr("City or town"), int(PlaceKind::City));
        m_placeKind->addItem(tr("Region"), int(PlaceKind::Region));
        m_placeKind->addItem(tr("Country"), int(PlaceKind::Country));
        m_placeKind->addItem(tr("Other place"), int(PlaceKind::Other));
        form->addRow(tr("&Kind:"), m_placeKind);
    }
    form->addRow(tr("&Aliases:"), m_aliases);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_new);
    layout->addWidget(new QLabel(tr("Aliases are used by every later analysis of the library.")));
    layout->addWidget(buttons);
    resize(460, 480);

    connect(m_filter, &QLineEdit::textChanged, this, &RegistryChooser::refilter);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (m_list->currentItem())
            m_new->setChecked(false);
        updateOk();
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_new, &QGroupBox::toggled, this, &RegistryChooser::updateOk);
    connect(m_name, &QLineEdit::textChanged, this, &RegistryChooser::updateOk);

    // A place is looked up by its spelling; a speaker's quotation says nothing of the name.
    if (!person)
        m_filter->setText(spelling.simplified());
    refilter();
    m_filter->setFocus();
}

void RegistryChooser::refilter()
{
    const QString text = m_filter->text();
    // The best match is made current: a whole spelling before a prefix before a part, and an
    // entry the library already has before a gazetteer one.
    QListWidgetItem *best = nullptr;
    int bestScore = 0;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const int index = item->data(kEntryRole).toInt();
        const int rank =
            index == kNone ? (text.isEmpty() ? 0 : -1) : m_entries.at(index).matchRank(text);
        item->setHidden(rank < 0);
        if (rank < 0)
            continue;
        const int score = rank * 2 + (index != kNone && m_entries.at(index).fromGazetteer ? 1 : 0);
        if (!best || score < bestScore) {
            best = item;
            bestScore = score;
        }
    }
    m_list->setCurrentItem(best);
    if (best)
        m_list->scrollToItem(best);
    // Nothing known by that spelling: offer it as a new entry.
    if (!best && !text.trimmed().isEmpty()) {
        m_name->setText(text.simplified());
        m_new->setChecked(true);
    }
    updateOk();
}

void RegistryChooser::updateOk()
{
    const bool ok = createsNew() ? !m_name->text().trimmed().isEmpty()
                                 : (m_list->currentItem() && !m_list->currentItem()->isHidden());
    m_ok->setEnabled(ok);
}

bool RegistryChooser::createsNew() const
{
    return m_new->isChecked();
}

bool RegistryChooser::choseNone() const
{
    return !createsNew() && m_list->currentItem() &&
           m_list->currentItem()->data(kEntryRole).toInt() == kNone;
}

const RegistryEntry *RegistryChooser::chosen() const
{
    if (createsNew() || !m_list->currentItem())
        return nullptr;
    const int index = m_list->currentItem()->data(kEntryRole).toInt();
    return index == kNone ? nullptr : &m_entries.at(index);
}

RegistryEntry RegistryChooser::newEntry() const
{
    RegistryEntry entry;
    entry.name = m_name->text().simplified();
    for (const QString &alias : m_aliases->text().split(u',', Qt::SkipEmptyParts))
        if (!alias.trimmed().isEmpty())
            entry.aliases.append(alias.simplified());
    if (m_placeKind)
        entry.kind = PlaceKind(m_placeKind->currentData().toInt());
    return entry;
}

} // namespace parallax
