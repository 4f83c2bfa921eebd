using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Messaging;
using Claims.Infrastructure.Schema;
using Claims.Testing.Worker;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

// Usage: Claims.Testing.Worker CONNECTION-STRING [DELAY-MS]
// Works until no message is left at all (not merely none claimable: another worker may die holding some).
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: Claims.Testing.Worker CONNECTION-STRING [DELAY-MS]");
    return 2;
}
TestWorkHandler.DelayMs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 0;

var services = new ServiceCollection();
services.AddClaimsEventStore(args[0]);
services.AddClaimsMessaging(o => o.BatchSize = 50);
services.AddMessageHandler<TestWork, TestWorkHandler>();
await using var provider = services.BuildServiceProvider();
await provider.MigrateClaimsSchemaAsync();
var worker = provider.GetRequiredService<MessageWorker>();
var dataSource = provider.GetRequiredService<NpgsqlDataSource>();
Console.WriteLine("ready");

var handled = 0;
while (true)
{
    handled += (await worker.RunUntilIdleAsync()).Handled;
    await using var left = dataSource.CreateCommand("select count(*) from messages where status = 'pending'");
    if ((long)(await left.ExecuteScalarAsync())! == 0)
        break;
    await Task.Delay(50);
}
Console.WriteLine($"handled {handled}");
return 0;
