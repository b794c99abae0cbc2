#include "claims/claimchooser.h"

#include "align/quotealigner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QListWidget>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax {

ClaimChooser::ClaimChooser(const ClaimsData &claims, const QString &passage,
                           std::optional<qint64> speaker, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"claimChooser"_s);
    setWindowTitle(tr("Add Passage to Claim"));
    const align::AlignableQuote source = align::prepare({0, 0, passage, speaker, {}});
    struct Scored
    {
        const Claim *claim;
        double score;
    };
    QList<Scored> scored;
    for (const Claim &claim : claims.claims) {
        double best =
            align::similarity(source, align::prepare({0, 1, claim.statement, claim.personId, {}}));
        for (const AppearanceDetail &d : claims.appearances.value(claim.id))
            best = std::max(best, align::similarity(
                                      source, align::prepare({0, 1, d.exact, claim.personId, {}})));
        scored.append({&claim, best});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const Scored &a, const Scored &b) { return a.score > b.score; });

    m_list = new QListWidget;
    m_list->setObjectName(u"claimChoices"_s);
    m_list->setAccessibleName(tr("Claims"));
    m_list->setWordWrap(true);
    for (const Scored &s : std::as_const(scored)) {
        const bool suggested = s.score >= align::AlignmentOptions{}.threshold;
        auto *item = new QListWidgetItem(
            suggested ? tr("★ %1").arg(s.claim->statement) : s.claim->statement, m_list);
        item->setData(Qt::UserRole, s.claim->id);
        item->setToolTip(suggested
                             ? tr("Suggested: the wordings match (%1)").arg(s.score, 0, 'f', 2)
                             : QString());
    }
    m_list->setCurrentRow(0);
    m_type = new QComboBox;
    m_type->setObjectName(u"appearanceType"_s);
    for (const AppearanceType type :
         {AppearanceType::Verbatim, AppearanceType::Partial, AppearanceType::Paraphrase,
          AppearanceType::Translation, AppearanceType::Misattributed})
        m_type->addItem(appearanceTypeLabel(type), int(type));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Claim:"), m_list);
    form->addRow(tr("Appears as:"), m_type);
    form->addRow(buttons);
    resize(520, 420);
}

qint64 ClaimChooser::chosenClaim() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

AppearanceType ClaimChooser::chosenType() const
{
    return AppearanceType(m_type->currentData().toInt());
}

QList<qint64> ClaimChooser::offered() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row)
        ids.append(m_list->item(row)->data(Qt::UserRole).toLongLong());
    return ids;
}

} // namespace parallax
