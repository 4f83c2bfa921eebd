using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Claims.Infrastructure.Messaging;

/// <summary>
/// The web app's sweep: at start and every <see cref="MessagingOptions.SweepInterval"/> it publishes what is due by
/// the end of today (the shop's date), so deadlines are kept without anyone running `claims work`. Every node may run
/// it; a row is published once (see <see cref="DueWork"/>).
/// </summary>
internal sealed class DueWorkSweep(DueWork work, MessagingOptions options, TimeProvider time, ILogger<DueWorkSweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var published = await work.SweepAsync(time.Today(), stoppingToken);
                if (published > 0)
                    logger.LogInformation("Handed {Count} due follow-ups to the workers", published);
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A database restart or one bad row must not end the sweeps; the next one tries again.
                logger.LogError(ex, "Sweeping due work failed; trying again in {Delay}", options.SweepInterval);
            }
            try
            {
                await Task.Delay(options.SweepInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
