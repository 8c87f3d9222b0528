namespace DealRoom.Web.Collaboration;

/// <summary>Something that attaches to every room session when it opens (e.g. the hub broadcaster).</summary>
public interface IRoomObserver
{
    void Attach(RoomSession session);
}
