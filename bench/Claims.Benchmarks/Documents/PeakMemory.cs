using System.Diagnostics;

namespace Claims.Benchmarks.Documents;

/// <summary>Samples the process working set while a piece of work runs; the peak is what the operator's machine must have.</summary>
internal sealed class PeakMemory : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;
    private long _peak;

    public PeakMemory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        Baseline = process.WorkingSet64;
        _peak = Baseline;
        _sampler = Task.Run(async () =>
        {
            using var self = Process.GetCurrentProcess();
            while (!_stop.IsCancellationRequested)
            {
                self.Refresh();
                _peak = Math.Max(_peak, self.WorkingSet64);
                await Task.Delay(20).ConfigureAwait(false);
            }
        });
    }

    public long Baseline { get; }

    public long Peak
    {
        get
        {
            Stop();
            return _peak;
        }
    }

    public void Dispose()
    {
        Stop();
        _stop.Dispose();
    }

    private void Stop()
    {
        if (!_stop.IsCancellationRequested)
        {
            _stop.Cancel();
            _sampler.Wait();
        }
    }
}
