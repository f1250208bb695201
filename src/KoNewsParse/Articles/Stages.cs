using KoNewsParse.Companies;
using KoNewsParse.Dates;
using KoNewsParse.Duplicates;
using KoNewsParse.Money;

namespace KoNewsParse.Articles;

/// <summary>Money and quantities, paragraph by paragraph, with offsets shifted to the article.</summary>
internal sealed class MoneyStage(MoneyParser? money, QuantityParser? quantities) : IArticleStage
{
    public void Run(ArticleContext context)
    {
        foreach (Paragraph p in context.Paragraphs)
        {
            if (money is not null)
            {
                foreach (MoneyMention m in money.FindAll(p.Text.AsSpan()))
                {
                    context.Money.Add(m with { Offset = m.Offset + p.Offset });
                }
            }

            if (quantities is not null)
            {
                foreach (QuantityMention q in quantities.FindAll(p.Text.AsSpan()))
                {
                    context.Quantities.Add(q with { Offset = q.Offset + p.Offset });
                }
            }
        }
    }
}

/// <summary>Dates resolved against the article's reference date (skipped when there is none).</summary>
internal sealed class DateStage(KoreanDateParser dates) : IArticleStage
{
    public void Run(ArticleContext context)
    {
        if (context.Reference is not { } reference)
        {
            return;
        }

        foreach (Paragraph p in context.Paragraphs)
        {
            foreach (DateMention d in dates.FindAll(p.Text.AsSpan(), reference))
            {
                context.Dates.Add(d with { Offset = d.Offset + p.Offset });
            }
        }
    }
}

/// <summary>Company mentions.</summary>
internal sealed class CompanyStage(CompanyRecognizer companies) : IArticleStage
{
    public void Run(ArticleContext context)
    {
        // Evidence for ambiguous names (대상, 동방) counts across the article's paragraphs.
        List<Paragraph> paragraphs = context.Paragraphs;
        IReadOnlyList<IReadOnlyList<CompanyMention>> found = companies.FindAllInDocument(context.ParagraphTexts);
        for (int i = 0; i < found.Count; i++)
        {
            foreach (CompanyMention c in found[i])
            {
                context.Companies.Add(c with { Offset = c.Offset + paragraphs[i].Offset });
            }
        }
    }
}

/// <summary>Boilerplate flags (rules with article context, plus an optional classifier) and in-article duplicates.</summary>
internal sealed class DuplicateStage(DuplicateDetector? duplicates, BoilerplateDetector? boilerplate, IParagraphClassifier? classifier) : IArticleStage
{
    public void Run(ArticleContext context)
    {
        List<Paragraph> paragraphs = context.Paragraphs;
        string[] texts = context.ParagraphTexts;
        IReadOnlyList<DuplicateMatch?>? matches = duplicates?.FindDuplicates(texts);
        IReadOnlyList<BoilerplateKind>? kinds = boilerplate?.ClassifyAll(texts);

        for (int i = 0; i < paragraphs.Count; i++)
        {
            Paragraph p = paragraphs[i];
            BoilerplateKind kind = kinds is not null && i < kinds.Count ? kinds[i] : BoilerplateKind.None;
            bool isBoilerplate = kind != BoilerplateKind.None || (classifier?.IsBoilerplate(p.Text, i, paragraphs.Count) ?? false);
            DuplicateMatch? match = matches is not null && i < matches.Count ? matches[i] : null;
            paragraphs[i] = p with
            {
                IsBoilerplate = isBoilerplate,
                BoilerplateKind = kind,
                DuplicateOf = match?.Index,
                DuplicateSimilarity = match?.Similarity,
            };
        }
    }
}
