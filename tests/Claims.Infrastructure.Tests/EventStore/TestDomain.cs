using Claims.Infrastructure.EventStore;

namespace Claims.Infrastructure.Tests.EventStore;

// A deliberately small domain: the store must not know any real feature.
public sealed record AccountOpened(string Owner);

public sealed record AmountNoted(decimal Amount, string Note);

public sealed record Account(string? Owner, decimal Total, int Notes) : IAggregate<Account>
{
    public static Account Empty { get; } = new(null, 0m, 0);

    public Account Apply(object @event) => @event switch
    {
        AccountOpened e => this with { Owner = e.Owner },
        AmountNoted e => this with { Total = Total + e.Amount, Notes = Notes + 1 },
        _ => this,
    };
}

public sealed record RemindOwner(string AccountId, string Text);
