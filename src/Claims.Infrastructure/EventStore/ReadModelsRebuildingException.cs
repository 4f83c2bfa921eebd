namespace Claims.Infrastructure.EventStore;

/// <summary>
/// A save refused because the read models are being rebuilt (<c>claims projections rebuild</c>, or a start after an
/// upgrade that changed them). Nothing was written; the same request succeeds once the rebuild is done (the web layer
/// answers 503 with Retry-After, a follow-up is retried later).
/// </summary>
public sealed class ReadModelsRebuildingException(Exception inner)
    : Exception("The read models are being rebuilt; nothing was saved. Try again in a minute.", inner);
