namespace Claims.Contracts.IncidentFiles.Tables;

internal static class ExceptionTranslation
{
    /// <summary>
    /// Enumerates <paramref name="source"/>, replacing an exception by what <paramref name="translate"/> makes of it
    /// (null = let it through). Needed because an iterator cannot yield from inside a try block that catches.
    /// </summary>
    public static IEnumerable<T> Translate<T>(IEnumerable<T> source, Func<Exception, Exception?> translate)
    {
        using var items = source.GetEnumerator();
        while (true)
        {
            T current;
            try
            {
                if (!items.MoveNext())
                {
                    break;
                }

                current = items.Current;
            }
            catch (Exception e) when (translate(e) is { } translated)
            {
                throw translated;
            }

            yield return current;
        }
    }
}
