namespace Claims.Tests.BadInput;

/// <summary>The highest managed heap seen above the starting point while a piece of work runs (sampled every few ms).</summary>
internal sealed class PeakMemory : IDisposable
{
    private readonly long baseline = GC.GetTotalMemory(forceFullCollection: true);
    private readonly Timer timer;
    private long peak;

    private PeakMemory() => timer = new Timer(_ => Sample(), null, 0, 5);

    public static PeakMemory Start() => new();

    public long PeakExtraBytes { get { Sample(); return Math.Max(0, Interlocked.Read(ref peak) - baseline); } }

    private void Sample()
    {
        var now = GC.GetTotalMemory(forceFullCollection: false);
        long seen;
        while (now > (seen = Interlocked.Read(ref peak)) && Interlocked.CompareExchange(ref peak, now, seen) != seen) { }
    }

    public void Dispose() => timer.Dispose();
}
