using Wolverine;
using Wolverine.Runtime;

namespace Claims.Register;

/// <summary>
/// Sends a command through Wolverine when the services run in a host (web, CLI, tests): the handler runs here, in a
/// Marten transaction Wolverine opens. The demo builds the same services on a store and clock of its own, without
/// Wolverine, and runs the same code directly.
/// </summary>
internal static class CommandBus
{
    // Wolverine's default is 5 s; an import batch on a busy machine may take longer, and the caller's token still cancels.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static Task<T> InvokeAsync<T>(IWolverineRuntime? wolverine, object command, Func<Task<T>> withoutWolverine, CancellationToken ct) =>
        wolverine is null ? withoutWolverine() : new MessageBus(wolverine).InvokeAsync<T>(command, ct, Timeout);
}
