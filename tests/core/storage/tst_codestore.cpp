#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/codestore.h"
#include "testlibrary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

Code makeCode(const QString &name, std::optional<qint64> parent = {}, int position = 0)
{
    Code c;
    c.name = name;
    c.parentId = parent;
    c.color = u"#3366cc"_s;
    c.position = position;
    return c;
}

} // namespace

class tst_CodeStore : public QObject
{
    Q_OBJECT
private slots:
    void shouldListParentsBeforeChildrenInPositionOrder()
    {
        test::TestLibrary lib;
        CodeStore store(lib.db());
        const qint64 framing = *store.create(makeCode(u"Framing"_s, {}, 1));
        const qint64 sources = *store.create(makeCode(u"Sources"_s, {}, 0));
        const qint64 blame = *store.create(makeCode(u"Blame"_s, framing, 1));
        const qint64 victim = *store.create(makeCode(u"Victimhood"_s, framing, 0));
        const qint64 anonymous = *store.create(makeCode(u"Anonymous"_s, sources, 0));
        QList<qint64> order;
        for (const Code &c : *store.list())
            order.append(c.id);
        QCOMPARE(order, (QList<qint64>{sources, anonymous, framing, victim, blame}));
    }

    void shouldRoundTripAndRefuseBadValues()
    {
        test::TestLibrary lib;
        CodeStore store(lib.db());
        Code c = makeCode(u"Propaganda"_s);
        c.description = u"Loaded wording"_s;
        c.id = *store.create(c);
        const Code read = *store.get(c.id);
        QCOMPARE(read.name, c.name);
        QCOMPARE(read.color, c.color);
        QCOMPARE(read.description, c.description);
        QCOMPARE(store.create(makeCode(u"Propaganda"_s)).error().code, ErrorCode::Constraint);
        QVERIFY(store.create(makeCode(u"Propaganda"_s, c.id))); // same name under another parent
        Code badColour = makeCode(u"Colour"_s);
        badColour.color = u"red"_s;
        QCOMPARE(store.create(badColour).error().code, ErrorCode::Constraint);
    }

    void shouldRefuseMovingUnderItsOwnDescendant()
    {
        test::TestLibrary lib;
        CodeStore store(lib.db());
        Code top = makeCode(u"Top"_s);
        top.id = *store.create(top);
        const qint64 child = *store.create(makeCode(u"Child"_s, top.id));
        const qint64 grandchild = *store.create(makeCode(u"Grandchild"_s, child));
        top.parentId = grandchild;
        QCOMPARE(store.update(top).error().code, ErrorCode::Constraint);
        top.parentId = top.id;
        QCOMPARE(store.update(top).error().code, ErrorCode::Constraint);
        QVERIFY(!store.get(top.id)->parentId.has_value());
    }

    void shouldRefuseRemovingCodeInUseOrWithChildren()
    {
        test::TestLibrary lib;
        CodeStore store(lib.db());
        const qint64 parent = *store.create(makeCode(u"Parent"_s));
        const qint64 child = *store.create(makeCode(u"Child"_s, parent));
        QCOMPARE(store.remove(parent).error().code, ErrorCode::Constraint);

        Article article;
        article.title = u"T"_s;
        article.body = u"coded words"_s;
        const qint64 articleId = ArticleStore(lib.db()).insert(article)->id;
        Annotation coding;
        coding.articleId = articleId;
        coding.end = 5;
        coding.exact = u"coded"_s;
        coding.kind = AnnotationKind::Code;
        coding.codeId = child;
        const qint64 codingId = *AnnotationStore(lib.db()).insert(coding);
        QCOMPARE(*store.usageCount(child), 1);
        QCOMPARE(store.remove(child).error().code, ErrorCode::Constraint);
        QVERIFY(AnnotationStore(lib.db()).remove(codingId));
        QVERIFY(store.remove(child));
        QVERIFY(store.remove(parent));
        QCOMPARE(store.remove(parent).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(tst_CodeStore)
#include "tst_codestore.moc"
