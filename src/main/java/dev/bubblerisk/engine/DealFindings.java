package dev.bubblerisk.engine;

import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.Finding;
import java.util.List;

/** What the rules found on each deal, looked up by deal id; empty for a deal they found nothing on. */
public interface DealFindings {

    List<Finding> findingsOf(String dealId);

    List<DataGap> dataGapsOf(String dealId);
}
