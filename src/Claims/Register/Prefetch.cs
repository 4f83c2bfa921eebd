using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Claims.Register;

/// <summary>
/// Reads a synchronous sequence (a file being parsed) on its own thread, a bounded number of items ahead of the
/// consumer: parsing the next rows overlaps the database's work on the previous batch, and memory stays bounded.
/// An exception of the source reaches the consumer where the item it failed on would have.
/// </summary>
internal static class Prefetch
{
    public static async IAsyncEnumerable<T> ReadAsync<T>(IEnumerable<T> source, int ahead, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(ahead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Factory.StartNew(async () =>
        {
            try
            {
                foreach (var item in source)
                    await channel.Writer.WriteAsync(item, stop.Token);
                channel.Writer.Complete();
            }
            catch (Exception ex)
            {
                channel.Writer.Complete(ex);
            }
        }, stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
        try
        {
            while (await WaitAsync(channel.Reader, ct))
            {
                while (channel.Reader.TryRead(out var item))
                    yield return item;
            }
        }
        finally
        {
            // The consumer stopped early (an error, or it had enough): stop the reader thread too.
            await stop.CancelAsync();
            await producer;
        }
    }

    // The source's own exception, not the channel's wrapper, so callers catch what the file reader throws.
    private static async Task<bool> WaitAsync<T>(ChannelReader<T> reader, CancellationToken ct)
    {
        try
        {
            return await reader.WaitToReadAsync(ct);
        }
        catch (ChannelClosedException ex) when (ex.InnerException is { } inner)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(inner).Throw();
            throw;
        }
    }
}
