namespace KoNewsParse.Dates;

/// <summary>Surface texts of mentions. Placeholder: allocates.</summary>
internal static class DateTextCache
{
    public static string GetText(ReadOnlySpan<char> text) => text.ToString();
}
