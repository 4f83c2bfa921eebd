namespace Claims.Infrastructure.Postgres;

internal static class ServerLog
{
    /// <summary>The last lines of the server's log: the reason a start failed is almost always there.</summary>
    public static string Tail(string logFile, int lines = 20)
    {
        try
        {
            return string.Join('\n', File.ReadLines(logFile).TakeLast(lines));
        }
        catch (IOException e)
        {
            return $"(could not read {logFile}: {e.Message})";
        }
        catch (UnauthorizedAccessException e)
        {
            return $"(could not read {logFile}: {e.Message})";
        }
    }
}
