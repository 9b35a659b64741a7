using System.Globalization;
using CaseIngest.Core;
using CaseIngest.Storage;

namespace CaseIngest.Cli;

/// <summary>
/// Waits for the ingest of uploaded documents (by the function app or the local host's watcher): a file is done when
/// its record or its rejection holds the uploaded bytes' SHA-256. Reports each outcome as it comes.
/// </summary>
internal static class UploadWaiter
{
    public static async Task<IReadOnlyList<UploadOutcome>> WaitAsync(
        CaseStore store, IReadOnlyList<(string Name, string Sha256)> uploaded, TimeSpan timeout, TimeSpan poll, Action<UploadOutcome> report, CancellationToken cancellationToken)
    {
        var pending = uploaded.ToList();
        var outcomes = new List<UploadOutcome>();
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (pending.Count > 0)
        {
            var found = await Task.WhenAll(pending.Select(p => OutcomeAsync(store, p.Name, p.Sha256, cancellationToken))).ConfigureAwait(false);
            for (var i = pending.Count - 1; i >= 0; i--)
            {
                if (found[i] is { } outcome)
                {
                    outcomes.Add(outcome);
                    report(outcome);
                    pending.RemoveAt(i);
                }
            }

            if (pending.Count == 0)
            {
                break;
            }

            if (DateTimeOffset.UtcNow >= deadline)
            {
                foreach (var (name, _) in pending)
                {
                    var outcome = new UploadOutcome(name, false, "no outcome within " + timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)
                        + " s (is the local host or the function app running?)");
                    outcomes.Add(outcome);
                    report(outcome);
                }

                break;
            }

            await Task.Delay(poll, cancellationToken).ConfigureAwait(false);
        }

        return outcomes;
    }

    private static async Task<UploadOutcome?> OutcomeAsync(CaseStore store, string name, string sha256, CancellationToken cancellationToken)
    {
        var id = RecordIds.FromName(name);
        var state = await store.GetStateAsync(id, cancellationToken).ConfigureAwait(false);
        if (state is null)
        {
            return null;
        }

        if (state.Rejected)
        {
            var rejection = await store.GetRejectionAsync(id, cancellationToken).ConfigureAwait(false);
            // A rejection decided before any byte was read (name, size) carries no hash.
            return rejection is not null && (rejection.Sha256 == sha256 || rejection.Sha256.Length == 0)
                ? new UploadOutcome(name, false, "rejected " + rejection.Code + ": " + rejection.Message)
                : null;
        }

        if (state.Sha256 != sha256)
        {
            return null;
        }

        var summary = await store.GetSummaryAsync(id, cancellationToken).ConfigureAwait(false);
        return summary is null ? null : new UploadOutcome(name, true, string.Create(
            CultureInfo.InvariantCulture,
            $"record {id}, {summary.FactCount} facts ({summary.Drugs.Count} drugs, {summary.Markers.Count} markers, {summary.Outcomes.Count} outcomes, {summary.Diagnoses.Count} diagnoses)"));
    }
}
