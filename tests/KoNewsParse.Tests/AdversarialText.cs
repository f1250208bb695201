namespace KoNewsParse.Tests;

/// <summary>
/// Adversarial inputs: one short unit repeated, so that a scanner starts (and mostly rejects) a candidate every few
/// characters. The tests check what is found on them; how the time grows with their length is checked by the benchmark
/// smoke run (the <c>scaling</c> items of benchmarks/regression-bounds.json, on the same units).
/// </summary>
internal static class AdversarialText
{
    /// <summary>2^20 characters.</summary>
    public const int Megabyte = 1 << 20;

    /// <summary><paramref name="unit"/> repeated until the text has at least <paramref name="length"/> characters.</summary>
    public static string Repeat(string unit, int length = Megabyte) =>
        string.Concat(Enumerable.Repeat(unit, (length + unit.Length - 1) / unit.Length));
}
