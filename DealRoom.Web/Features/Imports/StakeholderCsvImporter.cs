using System.Security.Claims;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Features.Rooms;

namespace DealRoom.Web.Features.Imports;

/// <summary>
/// Imports a contacts file into a room as one batch of <see cref="AddStakeholder"/> operations in the caller's name,
/// validated like any client's. Nothing is half-imported: the batch is first applied to a copy of the room (with the
/// caller's rights); if anything would be refused nothing is submitted; and if the room still refuses one (it
/// changed meanwhile), the ones already added are removed again.
/// </summary>
public sealed class StakeholderCsvImporter(IRoomAccessPolicy access, RoomRegistry registry, TimeProvider clock)
{
    /// <summary>The report, or null when the caller may not add stakeholders to the room.</summary>
    public async Task<ContactImportReport?> ImportAsync(
        ClaimsPrincipal user, string roomId, CsvTable table, IReadOnlyList<ContactField> columns, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rights = await access.CheckAsync(user, "anonymous", null, roomId, cancellationToken);
        var session = rights.CanView && rights.CanEdit && !rights.IsCustomer ? await registry.GetAsync(roomId, cancellationToken) : null;
        if (session is null)
        {
            return null;
        }

        var grant = rights.ToGrant();
        var state = session.State;
        var plan = ContactImportPlan.Build(table, columns, state, () => Ids.New("sh"));
        var operations = plan.Operations(state);
        var refused = Validate(state, grant, operations);
        ContactImportReport Report(bool imported, IReadOnlyList<RoomImportEndpoint.ImportRefusal> refusals) => new(
            ContactColumns.SourceOf(table.Headers), table.Headers.Select((h, i) => new ColumnMapping(h, columns[i])).ToList(), table.Rows.Count,
            imported, plan.Contacts, plan.Duplicates, plan.Skipped, refusals, session.State.Version);
        if (dryRun || refused.Count > 0 || operations.Count == 0)
        {
            return Report(false, refused);
        }

        // One batch: queued together, so group commit takes them in a few rounds, in order.
        using var participant = session.Join(grant, Ids.New("csv"), rateLimited: false);
        var results = await Task.WhenAll(operations.Select(op => participant.SubmitAsync(Ids.New("csv"), op, cancellationToken)));
        var failed = results.Select((r, i) => (r.Error, Operation: operations[i])).Where(x => x.Error is not null).ToList();
        if (failed.Count == 0)
        {
            // One import is one change for the caller's undo.
            await participant.GroupForUndoAsync(results.Length, cancellationToken);
            return Report(true, []);
        }

        var added = results.Select((r, i) => (r.Error, Operation: (AddStakeholder)operations[i])).Where(x => x.Error is null).ToList();
        await Task.WhenAll(added.Select(x => participant.SubmitAsync(Ids.New("csv"), new RemoveElement(x.Operation.Id), cancellationToken)));
        return Report(false, failed.Select(x => Refusal(x.Operation, x.Error!)).ToList());
    }

    /// <summary>The batch applied to a copy of the room, as the session would: the caller's rights, then the domain.</summary>
    private List<RoomImportEndpoint.ImportRefusal> Validate(RoomState state, RoomGrant grant, IReadOnlyList<Operation> operations)
    {
        var refused = new List<RoomImportEndpoint.ImportRefusal>();
        var context = new OperationContext(grant.UserId, grant.Name, clock.GetUtcNow());
        foreach (var operation in operations)
        {
            var error = grant.Check(state, operation);
            if (error is null)
            {
                var result = state.Apply(operation, context);
                error = result.Error;
                state = result.State ?? state;
            }

            if (error is not null)
            {
                refused.Add(Refusal(operation, error));
            }
        }

        return refused;
    }

    private static RoomImportEndpoint.ImportRefusal Refusal(Operation operation, RoomError error) =>
        new(operation.Type, error.ElementId ?? (operation as AddStakeholder)?.Id, error.Code, error.Message);
}
