using System.Globalization;
using System.Text.Json;
using KoNewsParse.Money;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace KoNewsParse.Benchmarks.Accuracy;

/// <summary>
/// <c>-- accuracy [--out path] [--verbose]</c>: runs <see cref="MoneyAccuracySet"/> through KoNewsParse and
/// Microsoft.Recognizers.Text (Korean currency model) and prints/writes recognised-correctly counts.
/// A sentence counts as correct when the multiset of recognised (amount, currency) values equals the expected one:
/// nothing missing, nothing spurious. Scoring is generous to Recognizers: a result without an ISO code is mapped from
/// its unit name (<c>Dollar</c> → USD) and results with an empty value are ignored rather than counted as spurious.
/// </summary>
public static class AccuracyCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Runs the command.</summary>
    /// <returns>The process exit code.</returns>
    public static int Run(string[] args)
    {
        string output = OptionValue(args, "--out") ?? Path.Combine("BenchmarkDotNet.Artifacts", "results", "accuracy.json");
        bool verbose = args.Contains("--verbose");

        var rows = new List<object>();
        int oursCorrect = 0, theirsCorrect = 0, oursTraps = 0, theirsTraps = 0;
        IReadOnlyList<AccuracyCase> cases = MoneyAccuracySet.Cases;
        foreach (AccuracyCase c in cases)
        {
            List<Expected> ours = Ours(c.Sentence);
            List<Expected> theirs = Recognizers(c.Sentence);
            bool oursOk = SameMultiset(ours, c.Values);
            bool theirsOk = SameMultiset(theirs, c.Values);
            oursCorrect += oursOk ? 1 : 0;
            theirsCorrect += theirsOk ? 1 : 0;
            oursTraps += oursOk && c.IsTrap ? 1 : 0;
            theirsTraps += theirsOk && c.IsTrap ? 1 : 0;
            rows.Add(new { id = c.Id, sentence = c.Sentence, expected = Show(c.Values), konewsparse = Show(ours), konewsparseCorrect = oursOk, recognizers = Show(theirs), recognizersCorrect = theirsOk });
            if (verbose || (!oursOk && !c.IsTrap))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{c.Id} {(oursOk ? "ok " : "BAD")} {(theirsOk ? "ok " : "BAD")} {c.Sentence}  expected [{Show(c.Values)}] ours [{Show(ours)}] recognizers [{Show(theirs)}]"));
            }
        }

        int traps = cases.Count(c => c.IsTrap);
        var result = new
        {
            cases = cases.Count,
            expressions = cases.Count - traps,
            traps,
            konewsparse = new { correct = oursCorrect, expressionsCorrect = oursCorrect - oursTraps, trapsCorrect = oursTraps },
            recognizers = new { name = "Microsoft.Recognizers.Text 1.8.13 (Korean currency model)", correct = theirsCorrect, expressionsCorrect = theirsCorrect - theirsTraps, trapsCorrect = theirsTraps },
            rows,
        };

        Console.WriteLine();
        Console.WriteLine("| Library | Correct (of " + cases.Count + ") | Money expressions (of " + (cases.Count - traps) + ") | Traps rejected (of " + traps + ") |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| KoNewsParse | {oursCorrect} | {oursCorrect - oursTraps} | {oursTraps} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| Microsoft.Recognizers.Text 1.8.13 | {theirsCorrect} | {theirsCorrect - theirsTraps} | {theirsTraps} |"));

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllText(output, JsonSerializer.Serialize(result, Indented));
        Console.WriteLine($"wrote {output}");
        return 0;
    }

    /// <summary>What KoNewsParse reports: each mention's amount (or both bounds of a range) and its linked conversion.</summary>
    internal static List<Expected> Ours(string sentence)
    {
        var values = new List<Expected>();
        foreach (MoneyMention m in MoneyParser.Default.FindAll(sentence))
        {
            if (m.Min is { } min && m.Max is { } max && min != max)
            {
                values.Add(new(min, m.Currency));
                values.Add(new(max, m.Currency));
            }
            else
            {
                values.Add(new(m.Amount, m.Currency));
            }

            if (m.Equivalent is { } eq)
            {
                values.Add(new(eq.Amount, eq.Currency));
            }
        }

        return values;
    }

    /// <summary>What Recognizers reports through <c>NumberWithUnitRecognizer.RecognizeCurrency(text, Culture.Korean)</c>.</summary>
    internal static List<Expected> Recognizers(string sentence)
    {
        var values = new List<Expected>();
        foreach (ModelResult r in NumberWithUnitRecognizer.RecognizeCurrency(sentence, Culture.Korean))
        {
            if (r.Resolution is null
                || !r.Resolution.TryGetValue("value", out object? raw)
                || !decimal.TryParse(Convert.ToString(raw, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal amount))
            {
                continue;
            }

            string? iso = r.Resolution.TryGetValue("isoCurrency", out object? i) ? Convert.ToString(i, CultureInfo.InvariantCulture) : null;
            string unit = r.Resolution.TryGetValue("unit", out object? u) ? Convert.ToString(u, CultureInfo.InvariantCulture) ?? string.Empty : string.Empty;
            values.Add(new(amount, string.IsNullOrEmpty(iso) ? IsoFromUnit(unit) : iso));
        }

        return values;
    }

    private static string IsoFromUnit(string unit) =>
        unit.Contains("Dollar", StringComparison.OrdinalIgnoreCase) ? "USD"
        : unit.Contains("won", StringComparison.OrdinalIgnoreCase) ? "KRW"
        : unit.Contains("yen", StringComparison.OrdinalIgnoreCase) ? "JPY"
        : unit.Contains("Euro", StringComparison.OrdinalIgnoreCase) ? "EUR"
        : unit.Contains("yuan", StringComparison.OrdinalIgnoreCase) || unit.Contains("Renminbi", StringComparison.OrdinalIgnoreCase) ? "CNY"
        : unit.Contains("Pound", StringComparison.OrdinalIgnoreCase) ? "GBP"
        : unit;

    private static bool SameMultiset(List<Expected> actual, Expected[] expected)
    {
        if (actual.Count != expected.Length)
        {
            return false;
        }

        var remaining = new List<Expected>(expected);
        foreach (Expected a in actual)
        {
            int at = remaining.FindIndex(e => e.Amount == a.Amount && string.Equals(e.Currency, a.Currency, StringComparison.Ordinal));
            if (at < 0)
            {
                return false;
            }

            remaining.RemoveAt(at);
        }

        return true;
    }

    private static string Show(IEnumerable<Expected> values) =>
        string.Join(", ", values.Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Amount:0.##} {v.Currency}")));

    internal static string? OptionValue(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
