"""Two members talking through the Python client with real encryption: send, reply,
edit, delete, catch-up after being offline, read positions and unread counts."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import VaultRecordField
from constel_client.api import ApiError
from constel_client.messages import Conversation, MessageTooLarge
from tests.fixtures.actors import Factory
from tests.vault.helpers import make_world, paired


class TestConversation:
    async def test_send_reply_and_catch_up_after_offline(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world = await make_world(client, factory, session)
        mentor, mentee = await paired(client, world)
        ada, bob = Conversation(mentor, world.pair_id), Conversation(mentee, world.pair_id)

        first = await ada.send("Peut-on déplacer la séance de jeudi ? 🙂")
        assert first.text == "Peut-on déplacer la séance de jeudi ? 🙂"
        received = await bob.catch_up()
        assert [m.text for m in received] == ["Peut-on déplacer la séance de jeudi ? 🙂"]
        assert received[0].author_id == mentor.user_id

        reply = await bob.send("Oui, vendredi 10 h", reply_to=first.message_id)
        assert reply.parent_id == first.message_id
        mine, seen = await ada.catch_up()  # my own message comes too, checked like any
        assert mine.message_id == first.message_id
        assert (seen.text, seen.parent_id) == ("Oui, vendredi 10 h", first.message_id)

        # Bob goes offline; meanwhile Ada writes three messages, edits one, deletes one.
        assert [m.message_id for m in await bob.catch_up()] == [reply.message_id]
        offline_cursor = bob.cursor
        sent = [await ada.send(f"message {i}") for i in range(3)]
        await ada.edit(sent[0], "message 0 (corrigé)")
        await ada.delete(sent[1].message_id)
        # Bob comes back in a fresh client that only kept its cursor: nothing is lost,
        # each message comes once in its latest state.
        back = Conversation(mentee, world.pair_id, cursor=offline_cursor)
        changes = await back.catch_up(page_size=2)
        latest = {m.message_id: m for m in changes}
        assert set(latest) == {m.message_id for m in sent}
        assert latest[sent[0].message_id].text == "message 0 (corrigé)"
        assert latest[sent[0].message_id].version == 2
        assert latest[sent[1].message_id].deleted
        assert latest[sent[2].message_id].text == "message 2"
        assert await back.catch_up() == []

        # The server holds ciphertext only.
        cts = (await session.scalars(select(VaultRecordField.ct))).all()
        assert not any(b"vendredi" in ct or b"corrig" in ct for ct in cts)

    async def test_unread_counts_and_read_position(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world = await make_world(client, factory, session)
        mentor, mentee = await paired(client, world)
        ada, bob = Conversation(mentor, world.pair_id), Conversation(mentee, world.pair_id)
        assert (await bob.read_state()).unread == 0
        one = await ada.send("un")
        two = await ada.send("deux")
        await ada.send("trois")
        await bob.send("ma réponse")
        state = await bob.read_state()
        assert state.unread == 3  # my own message does not count
        assert (await ada.read_state()).unread == 1
        assert (await bob.mark_read(two.seq)).unread == 1
        assert (await bob.mark_read(one.seq)).last_read_seq == two.seq  # never backwards
        await ada.delete((await ada.send("oups")).message_id)  # a deleted one is not unread
        assert (await bob.read_state()).unread == 1
        done = await bob.mark_read()
        assert (done.unread, done.last_read_seq) == (0, done.last_seq)

    async def test_too_long_is_refused_by_the_client_and_edits_are_the_authors(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world = await make_world(client, factory, session)
        mentor, mentee = await paired(client, world)
        ada, bob = Conversation(mentor, world.pair_id), Conversation(mentee, world.pair_id)
        with pytest.raises(MessageTooLarge):
            await ada.send("é" * (32 * 1024 + 1))
        longest = await ada.send("x" * 64 * 1024)  # exactly 64 KiB is fine
        [got] = await bob.catch_up()
        assert got.text == "x" * 64 * 1024
        with pytest.raises(ApiError) as not_mine:
            await bob.edit(longest, "pas à moi")
        assert not_mine.value.status == 403
        with pytest.raises(ApiError) as not_mine_either:
            await bob.delete(longest.message_id)
        assert not_mine_either.value.status == 403
