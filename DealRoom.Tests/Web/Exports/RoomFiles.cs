using System.Text.Json.Nodes;

namespace DealRoom.Tests.Web.Exports;

/// <summary>Compares two exported room files: the same elements with the same fields, the same profile and phase.</summary>
internal static class RoomFiles
{
    private static readonly string[] Collections = ["stakeholders", "teamMembers", "relationships", "coverages", "visionElements", "visionLinks", "endorsements"];

    public static void AssertSameRoom(JsonNode expected, JsonNode actual)
    {
        foreach (var collection in Collections)
        {
            Assert.Equal(expected[collection]!.ToJsonString(), actual[collection]!.ToJsonString());
        }

        Assert.Equal(expected["profile"]!.ToJsonString(), actual["profile"]!.ToJsonString());
        Assert.Equal(expected["phase"]!.ToJsonString(), actual["phase"]!.ToJsonString());
        Assert.NotEqual(expected["roomId"]!.ToJsonString(), actual["roomId"]!.ToJsonString());
    }
}
