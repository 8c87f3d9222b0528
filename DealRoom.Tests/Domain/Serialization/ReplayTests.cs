using System.Globalization;
using DealRoom.Domain.Comments;
using DealRoom.Domain.Fields;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Serialization;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;

namespace DealRoom.Tests.Domain.Serialization;

/// <summary>
/// Any replica that applies the logged (canonical) operations in order must reach the same state, byte for byte.
/// </summary>
public class ReplayTests
{
    private const string RoomId = "room-replay";
    private const int OperationCount = 2_500;
    private static readonly string[] Authors = ["Ann Seller", "Bo Expert", "Cy Owner", "Dee Manager"];
    private static readonly DateTimeOffset Start = new(2025, 1, 6, 8, 0, 0, TimeSpan.FromHours(2));

    [Theory]
    [InlineData(20250314)]
    [InlineData(7)]
    public void Replay_ShouldRebuildAByteIdenticalSnapshot_WhenTheAppliedOperationsAreReplayedFromJson(int seed)
    {
        // Arrange
        var generator = new OperationGenerator(new Random(seed));
        var state = RoomState.Create(RoomId, "Replay deal");
        var log = new List<string>();
        var accepted = new Dictionary<string, int>(StringComparer.Ordinal);
        var rejected = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < OperationCount; i++)
        {
            var op = generator.Next(state);
            var result = state.Apply(op, ContextAt(state.Version));
            if (result.Succeeded)
            {
                state = result.State!;
                log.Add(OperationJson.ToJson(result.Applied!));
                accepted[op.Type] = accepted.GetValueOrDefault(op.Type) + 1;
            }
            else
            {
                rejected[result.Error!.Code] = rejected.GetValueOrDefault(result.Error.Code) + 1;
            }
        }

        // Act
        var replica = RoomState.Create(RoomId, "Replay deal");
        foreach (var json in log)
        {
            var (op, error) = OperationJson.Parse(json);
            Assert.True(error is null, $"{json}: {error?.Code} {error?.Message}");
            var result = replica.Apply(op!, ContextAt(replica.Version));
            Assert.True(result.Succeeded, $"{json}: {result.Error?.Code} {result.Error?.Message}");
            Assert.Equal(json, OperationJson.ToJson(result.Applied!));
            replica = result.State!;
        }

        // Assert
        Assert.Equal(SnapshotJson.ToJson(state), SnapshotJson.ToJson(replica));
        Assert.Equal(log.Count, replica.Version);
        // Account operations apply only in an account's own sequencer; AccountItemOperationTests replays those.
        Assert.All(OperationJson.TypeNames.Where(t => t is not ("setAccountItem" or "removeAccountItem")),
            type => Assert.True(accepted.GetValueOrDefault(type) > 0, $"no {type} was applied"));
        Assert.InRange(rejected.Values.Sum(), OperationCount / 10, OperationCount / 2);
        Assert.True(rejected.Count >= 10, "rejections: " + string.Join(", ", rejected.Select(r => $"{r.Key}={r.Value}")));
        Assert.True(state.ElementCount > 50, $"only {state.ElementCount} elements survived");
        Assert.NotNull(state.Baseline);
    }

    [Theory]
    [InlineData(20250314)]
    [InlineData(99)]
    public void SnapshotJson_ShouldRoundTripToIdenticalJson_WhenTheStateCameFromARandomHistory(int seed)
    {
        // Arrange
        var generator = new OperationGenerator(new Random(seed));
        var state = RoomState.Create(RoomId, "Replay deal");
        for (var i = 0; i < 800; i++)
        {
            var result = state.Apply(generator.Next(state), ContextAt(state.Version));
            state = result.State ?? state;
        }

        var json = SnapshotJson.ToJson(state);

        // Act
        var parsed = SnapshotJson.Parse(json);

        // Assert
        Assert.Equal(json, SnapshotJson.ToJson(parsed));
        Assert.Equal(state.Index.OrderBy(p => p.Key, StringComparer.Ordinal), parsed.Index.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(state.ElementCount, parsed.ElementCount);
    }

    private static OperationContext ContextAt(long version) =>
        new($"user-{version % Authors.Length}", Authors[version % Authors.Length], Start.AddMinutes(version * 7));

    /// <summary>Random operations against the current state: mostly valid, some refused for every kind of reason.</summary>
    private sealed class OperationGenerator(Random random)
    {
        private static readonly string[] Words = ["Acme", "cloud", "budget", "audit", "Q3", "churn", "Zoë", "data", "plan", "risk", "<b>", "\"quoted\""];
        private static readonly string[] GapIds = ["C1", "C3:sh-1", "D2", "B3", "V4:ve-1", "H1:sh-2"];
        private static readonly (string Type, int Weight)[] Weights =
        [
            ("addStakeholder", 9), ("addTeamMember", 4), ("addVisionElement", 9), ("addRelationship", 6), ("addCoverage", 5),
            ("addVisionLink", 7), ("addEndorsement", 5), ("updateStakeholder", 5), ("updateRelationship", 3), ("updateTeamMember", 3),
            ("updateCoverage", 3), ("updateVisionElement", 5), ("updateVisionLink", 3), ("updateRoom", 2), ("moveNode", 8),
            ("removeElement", 4), ("setPhase", 2), ("acknowledgeGap", 2), ("unacknowledgeGap", 1), ("markIteration", 1),
            ("undo", 1), ("redo", 1), ("groupChanges", 1),
            ("startThread", 4), ("reply", 4), ("resolveThread", 2), ("reopenThread", 2), ("suggestChange", 2), ("acceptSuggestion", 1),
            ("declineSuggestion", 1),
        ];

        private int _next;

        public Operation Next(RoomState state)
        {
            var type = PickType();
            return type switch
            {
                "addStakeholder" => new AddStakeholder(NewId(state, "sh"), Coordinate(), Coordinate(), Fields(Schemas.Stakeholder, "name")),
                "addTeamMember" => new AddTeamMember(NewId(state, "tm"), Coordinate(), Coordinate(), Fields(Schemas.TeamMember, "name")),
                "addVisionElement" => NewVisionElement(state),
                "addRelationship" => new AddRelationship(NewId(state, "rel"), Ref(state, ElementKind.Stakeholder), Ref(state, ElementKind.Stakeholder), LinkFields(Schemas.Relationship)),
                "addCoverage" => new AddCoverage(NewId(state, "cov"), Ref(state, ElementKind.TeamMember), Ref(state, ElementKind.Stakeholder), Fields(Schemas.Coverage)),
                "addVisionLink" => new AddVisionLink(NewId(state, "vl"), Ref(state, ElementKind.VisionElement), Ref(state, ElementKind.VisionElement), LinkFields(Schemas.VisionLink)),
                "addEndorsement" => new AddEndorsement(NewId(state, "en"), Ref(state, ElementKind.Stakeholder), Ref(state, ElementKind.VisionElement), Pick(Enum.GetValues<EndorsementKind>())),
                "updateStakeholder" => new UpdateStakeholder(Ref(state, ElementKind.Stakeholder), Fields(Schemas.Stakeholder)),
                "updateRelationship" => new UpdateRelationship(Ref(state, ElementKind.Relationship), Fields(Schemas.Relationship)),
                "updateTeamMember" => new UpdateTeamMember(Ref(state, ElementKind.TeamMember), Fields(Schemas.TeamMember)),
                "updateCoverage" => new UpdateCoverage(Ref(state, ElementKind.Coverage), Fields(Schemas.Coverage)),
                "updateVisionElement" => new UpdateVisionElement(Ref(state, ElementKind.VisionElement), Fields(Schemas.VisionElement)),
                "updateVisionLink" => new UpdateVisionLink(Ref(state, ElementKind.VisionLink), Fields(Schemas.VisionLink)),
                "updateRoom" => new UpdateRoom(Fields(Schemas.Room)),
                "moveNode" => new MoveNode(Ref(state, Pick([ElementKind.Stakeholder, ElementKind.TeamMember, ElementKind.VisionElement])), Coordinate(), Coordinate()),
                "removeElement" => new RemoveElement(Ref(state, Pick(Enum.GetValues<ElementKind>()))),
                "setPhase" => new SetPhase(Pick(Enum.GetValues<JourneyPhase>()), Chance(0.3) ? null : Text()),
                "acknowledgeGap" => new AcknowledgeGap(Pick(GapIds), Chance(0.1) ? "  " : Text()),
                "unacknowledgeGap" => new UnacknowledgeGap(Pick(GapIds)),
                "undo" => new Undo { Target = UndoTarget(state), Count = UndoCount(state) },
                "redo" => new Redo { Target = UndoTarget(state), Count = UndoCount(state) },
                "groupChanges" => new GroupChanges(random.Next(1, 6)),
                "startThread" => new StartThread(
                    NewId(state, "th"),
                    Chance(0.15) ? Pick(GapIds) : Ref(state, Pick([ElementKind.Stakeholder, ElementKind.VisionElement, ElementKind.Relationship, ElementKind.VisionLink])),
                    Pick(Enum.GetValues<ThreadVisibility>()),
                    Chance(0.05) ? " " : Text(),
                    Chance(0.3) ? ["user-1", "user-2"] : []),
                "reply" => new ReplyToThread(NewId(state, "c"), ThreadRef(state), Chance(0.05) ? "" : Text(), Chance(0.2) ? ["user-0"] : []),
                "resolveThread" => new ResolveThread(ThreadRef(state)),
                "reopenThread" => new ReopenThread(ThreadRef(state)),
                "suggestChange" => new SuggestChange(
                    NewId(state, "sg"),
                    Text(),
                    Chance(0.5) ? new UpdateVisionElement(Ref(state, ElementKind.VisionElement), Fields(Schemas.VisionElement)) : NewVisionElement(state)),
                "acceptSuggestion" => new AcceptSuggestion(ThreadRef(state)),
                "declineSuggestion" => new DeclineSuggestion(ThreadRef(state), Chance(0.5) ? null : Text()),
                _ => new MarkIteration(NewId(state, "it"), Chance(0.05) ? "" : Text()),
            };
        }

        private AddVisionElement NewVisionElement(RoomState state)
        {
            var type = Pick(Enum.GetValues<VisionElementType>());
            var fields = Fields(Schemas.VisionElement, "title");
            if (type != VisionElementType.Metric && Chance(0.7))
            {
                fields = fields.Where(f => !Schemas.MetricOnlyFields.Contains(f.Key)).ToDictionary();
            }

            return new AddVisionElement(NewId(state, "ve"), type, Coordinate(), Coordinate(), fields);
        }

        private string PickType()
        {
            var roll = random.Next(Weights.Sum(w => w.Weight));
            foreach (var (type, weight) in Weights)
            {
                roll -= weight;
                if (roll < 0)
                {
                    return type;
                }
            }

            return Weights[^1].Type;
        }

        private string NewId(RoomState state, string prefix)
        {
            if (Chance(0.03))
            {
                return Pick(["", "bad id", "<x>", new string('i', 65)]);
            }

            if (Chance(0.03) && !state.Index.IsEmpty)
            {
                return Pick(Sorted(state.Index.Keys));
            }

            return $"{prefix}-{++_next}";
        }

        private string ThreadRef(RoomState state)
        {
            var threads = Sorted(state.Threads.Keys);
            return threads.Count > 0 && Chance(0.9) ? Pick(threads) : $"gone-{random.Next(_next + 1)}";
        }

        private string Ref(RoomState state, ElementKind kind)
        {
            var ofKind = Sorted(state.Index.Where(p => p.Value == kind).Select(p => p.Key));
            if (ofKind.Count > 0 && Chance(0.9))
            {
                return Pick(ofKind);
            }

            return Chance(0.5) && !state.Index.IsEmpty ? Pick(Sorted(state.Index.Keys)) : $"gone-{random.Next(_next + 1)}";
        }

        private Dictionary<string, string?> Fields<T>(FieldSet<T> schema, params string[] required)
            where T : class
        {
            var all = schema.All.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var name in required)
            {
                if (!Chance(0.03))
                {
                    fields[name] = Text();
                }
            }

            var count = random.Next(required.Length == 0 ? 1 : 0, 4);
            for (var i = 0; i < count; i++)
            {
                var field = Pick(all);
                fields[field.Name] = Value(field.Kind, field.AllowedValues);
            }

            if (Chance(0.02))
            {
                fields["noSuchField"] = "x";
            }

            return fields;
        }

        private Dictionary<string, string?> LinkFields<T>(FieldSet<T> schema)
            where T : class
        {
            var fields = Fields(schema);
            if (Chance(0.95))
            {
                fields["kind"] = Chance(0.4) ? "leadsTo" : Cased(Pick(schema.Find("kind")!.AllowedValues!));
            }

            return fields;
        }

        private string? Value(FieldKind kind, IReadOnlyList<string>? allowed)
        {
            if (Chance(0.04))
            {
                return null;
            }

            var bad = Chance(0.06);
            return kind switch
            {
                FieldKind.Text => bad ? new string('t', 10_001) : Chance(0.05) ? "   " : Text(),
                FieldKind.Integer => bad ? Pick(["0", "6", "abc", "2.5"]) : Padded(random.Next(1, 6).ToString(CultureInfo.InvariantCulture)),
                FieldKind.Number => bad ? Pick(["NaN", "abc", "1e16", "Infinity"]) : Number(),
                FieldKind.Boolean => bad ? "maybe" : Pick(["true", "false", "True", "False"]),
                FieldKind.Enum => bad ? "Bogus" : Cased(Pick(allowed!)),
                _ => bad ? "2025-02-30" : new DateOnly(2020, 1, 1).AddDays(random.Next(3_000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
        }

        private string Number()
        {
            var value = Math.Round((random.NextDouble() - 0.3) * Math.Pow(10, random.Next(0, 9)), random.Next(0, 4));
            return Pick([
                value.ToString("R", CultureInfo.InvariantCulture),
                value.ToString("E3", CultureInfo.InvariantCulture),
                value.ToString("F4", CultureInfo.InvariantCulture),
            ]);
        }

        private double Coordinate() => random.Next(50) switch
        {
            0 => double.NaN,
            1 => 1e7,
            2 => -1e300,
            3 => 0.1 + 0.2,
            _ => Math.Round((random.NextDouble() - 0.5) * 4_000, random.Next(0, 3)),
        };

        private string Text()
        {
            var words = Enumerable.Range(0, random.Next(1, 5)).Select(_ => Pick(Words));
            return Padded(string.Join(' ', words));
        }

        private string Padded(string text) => Chance(0.2) ? $"  {text}\t" : text;

        private string Cased(string name) => random.Next(3) switch
        {
            0 => name.ToLowerInvariant(),
            1 => name.ToUpperInvariant(),
            _ => name,
        };

        /// <summary>A version the room has (sometimes one it has not yet, which Apply refuses).</summary>
        private long? UndoTarget(RoomState state) => Chance(0.2) ? null : random.NextInt64(state.Version + (Chance(0.1) ? 5 : 1));

        private int? UndoCount(RoomState state) => Chance(0.2) ? null : random.Next((int)Math.Min(state.Version, 3) + (Chance(0.1) ? 5 : 1));

                private bool Chance(double p) => random.NextDouble() < p;

        private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        private static List<string> Sorted(IEnumerable<string> ids) => ids.Order(StringComparer.Ordinal).ToList();
    }
}
