using Claims.Infrastructure.Messaging;

namespace Claims.Testing.Worker;

/// <summary>A unit of test work; handling it records one row in <c>handled</c>, in the message's own transaction.</summary>
public sealed record TestWork(int N);

public sealed class TestWorkHandler : IMessageHandler<TestWork>
{
    public const string HandledTable = "create table if not exists handled (message_id uuid not null, n int not null, worker int not null)";

    /// <summary>Milliseconds each message takes, to stretch a run long enough to kill it in the middle.</summary>
    public static int DelayMs { get; set; }

    public async Task HandleAsync(TestWork message, MessageContext context, CancellationToken ct)
    {
        if (DelayMs > 0)
            await Task.Delay(DelayMs, ct);
        context.Session.QueueSqlCommand(
            "insert into handled (message_id, n, worker) values ($1, $2, $3)", context.MessageId, message.N, Environment.ProcessId);
    }
}
