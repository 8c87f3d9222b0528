using DealRoom.Domain.Fields;

namespace DealRoom.Web.Features.Shared;

/// <summary>
/// The co-editing half of the form: a field someone is in keeps their words while others commit to it. A long text
/// merges both sides' words when its editor leaves it; a short field shows who changed it to what, and its editor
/// keeps theirs or takes the other.
/// </summary>
public partial class SchemaForm<T>
{
    private void FocusIn(FieldDefinition<T> field)
    {
        if (ReadOnly)
        {
            return;
        }

        _refused.Remove(field.Name);
        _blurred.Remove(field.Name);
        if (_edits.TryGetValue(field.Name, out var edit))
        {
            edit.Focused = true;
            return;
        }

        _edits[field.Name] = new FieldEdit(Current(field)) { Focused = true };
    }

    private void FocusOut(FieldDefinition<T> field)
    {
        if (!_edits.TryGetValue(field.Name, out var edit))
        {
            return;
        }

        edit.Focused = false;

        // Nothing collided: the field is an ordinary field again. A long text that someone else changed stays held
        // until its editor's own value arrives (the browser sends it just after leaving the field) or they type no
        // more: then the merge runs, or their value was the base and theirs simply shows.
        if (!edit.TheirsChanged)
        {
            _edits.Remove(field.Name);
        }
        else if (IsLong(field.Name) && edit.Conflict is null && !edit.HasMine)
        {
            _edits.Remove(field.Name);
            _blurred[field.Name] = edit;
        }
    }

    /// <summary>Marks the held fields whose committed value someone else changed, with who did it.</summary>
    private void NoticeRemoteChanges()
    {
        foreach (var (name, edit) in _edits.ToList())
        {
            if (Schema.Find(name) is not { } field)
            {
                continue;
            }

            var committed = field.Read(Value);
            if (_pending.Contains(name) && _drafts.GetValueOrDefault(name) == committed)
            {
                continue;
            }

            if (committed == edit.Base || (edit.HasMine && committed == edit.Mine && edit.Conflict is null))
            {
                // Back to where this editor started, or to what they wanted anyway: nothing to decide.
                edit.TheirsChanged = false;
                if (!edit.Focused)
                {
                    _edits.Remove(name);
                }

                continue;
            }

            edit.TheirsChanged = true;
            edit.Theirs = committed;
            edit.TheirAuthor = Authors?.AuthorOf(ElementId, name) ?? "someone";
            if (edit.Conflict is not null && edit.HasMine)
            {
                edit.Conflict = TextMerge.Merge(edit.Base, edit.Mine, committed) is { Clean: false } again ? again : edit.Conflict;
            }
        }
    }

    private bool NeedsDecision(string name, FieldEdit edit) => edit.TheirsChanged && (!IsLong(name) || edit.Conflict is not null);

    /// <summary>The editor's value arrived for a field someone else changed meanwhile.</summary>
    private async Task ResolveCollisionAsync(FieldDefinition<T> field, FieldEdit edit, string? mine)
    {
        if (mine == edit.Theirs)
        {
            _edits.Remove(field.Name);
            _drafts.Remove(field.Name);
            return;
        }

        if (!IsLong(field.Name))
        {
            edit.Hold(mine);
            return;
        }

        var merge = TextMerge.Merge(edit.Base, mine, edit.Theirs);
        if (merge.Clean)
        {
            _edits.Remove(field.Name);
            await SubmitCheckedAsync(field, merge.Merged);
            return;
        }

        edit.Hold(mine);
        edit.Conflict = merge;
    }

    private async Task KeepMineAsync(FieldDefinition<T> field)
    {
        if (_edits.Remove(field.Name, out var edit))
        {
            await SubmitCheckedAsync(field, edit.Shown);
        }
    }

    private void TakeTheirs(FieldDefinition<T> field)
    {
        _edits.Remove(field.Name);
        _drafts.Remove(field.Name);
        _errors.Remove(field.Name);
    }

    private async Task CombineAsync(FieldDefinition<T> field, string? combined)
    {
        _edits.Remove(field.Name);
        await SubmitCheckedAsync(field, combined);
    }

    /// <summary>Submits a value that did not come from the field's own editor (a merge, a choice): validated first.</summary>
    private async Task SubmitCheckedAsync(FieldDefinition<T> field, string? value)
    {
        var write = field.Write(Value, value);
        if (write.Error is { } error)
        {
            _drafts[field.Name] = value;
            _errors[field.Name] = error.Message;
            return;
        }

        await SubmitAsync(field, write.Canonical);
    }

    /// <summary>A value as the person reads it: an enum's label, yes or no, "empty" for nothing.</summary>
    private string Display(FieldDefinition<T> field, string? value) => value switch
    {
        null or "" => "(empty)",
        _ when field.Kind == FieldKind.Enum => Labels.Value(value, EnumTypeOf(field.Name)),
        _ when field.Kind == FieldKind.Boolean => value == "true" ? "yes" : "no",
        _ => value,
    };
}
