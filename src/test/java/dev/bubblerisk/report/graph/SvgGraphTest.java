package dev.bubblerisk.report.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bubblerisk.report.SmallPortfolio;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgGraphTest {

    private final MoneyGraph graph = MoneyGraph.of(SmallPortfolio.portfolio(), List.of(SmallPortfolio.LOOP));

    @Test
    void isWellFormedSvgWithOneBoxPerCompanyAndOneArrowPerLink() throws Exception {
        Document svg = parse(SvgGraph.of(graph));

        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(groups(svg, "node")).hasSize(4);
        assertThat(groups(svg, "link")).hasSize(6);
    }

    @Test
    void companyNamesFromTheInputAreTextNotMarkup() throws Exception {
        Document svg = parse(SvgGraph.of(graph));

        assertThat(texts(svg)).contains("Lab & Co <AI>", "PowerCo \"Grid\"");
    }

    @Test
    void theLoopsCompaniesAndLinksAreMarkedAndCarryTheLoopNumber() throws Exception {
        Document svg = parse(SvgGraph.of(graph));

        assertThat(groups(svg, "node on-loop")).extracting(node -> node.getAttribute("data-company"))
                .containsExactlyInAnyOrder("chipco", "labco", "cloudco");
        assertThat(groups(svg, "link link-investment on-loop")).singleElement()
                .satisfies(link -> assertThat(link.getAttribute("data-loops")).isEqualTo("1"));
        assertThat(groups(svg, "link link-purchase")).hasSize(3);
    }

    @Test
    void labelsEveryArrowWithItsKindAndAmount() throws Exception {
        assertThat(texts(parse(SvgGraph.of(graph))))
                .contains("investment $2B", "lease $5B", "purchase $10B", "stake 7%", "purchase undisclosed");
    }

    @Test
    void theSameGraphGivesTheSameBytes() {
        assertThat(SvgGraph.of(graph)).isEqualTo(SvgGraph.of(graph));
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** The {@code <g>} elements whose class list holds every class named in {@code classes}. */
    private static List<Element> groups(Document svg, String classes) {
        List<Element> found = new ArrayList<>();
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (List.of(group.getAttribute("class").split(" ")).containsAll(List.of(classes.split(" ")))) {
                found.add(group);
            }
        }
        return found;
    }

    private static List<String> texts(Document svg) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
