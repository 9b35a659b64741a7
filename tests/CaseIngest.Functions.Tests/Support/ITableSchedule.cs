namespace CaseIngest.Functions.Tests.Support;

/// <summary>
/// Decides when each table request of an actor may be sent. Requests are described as by <see cref="TableRequestLog"/>
/// (with full ids): <c>GET Table(partition,row)</c>, <c>PATCH …</c>, or <c>BATCH[PUT …; POST …(partition,row)]</c>.
/// </summary>
internal interface ITableSchedule
{
    /// <summary>Completes when the request may be sent.</summary>
    Task BeforeAsync(string actor, string request);

    /// <summary>The request was answered; <paramref name="succeeded"/>: it (every change of a transaction) succeeded.</summary>
    void After(string actor, string request, bool succeeded);
}
