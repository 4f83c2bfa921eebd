using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Claims.Notifications;

/// <summary>
/// The web app's morning round: every minute, once the shop's clock has passed <see cref="NotificationOptions.SendAt"/>,
/// it queues today's digests (a no-op once they are queued: <see cref="DigestSweep"/>).
/// </summary>
internal sealed class DigestSchedule(DigestSweep sweep, NotificationOptions options, TimeProvider time, ILogger<DigestSchedule> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var now = time.GetLocalNow();
                if (TimeOnly.FromDateTime(now.DateTime) >= options.SendAt && await sweep.SweepAsync(DateOnly.FromDateTime(now.DateTime), stoppingToken) is > 0 and var queued)
                    logger.LogInformation("Queued {Count} daily digests", queued);
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Queuing the daily digests failed; trying again in a minute");
            }
            try
            {
                await Task.Delay(TimeSpan.FromMinutes(1), time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
